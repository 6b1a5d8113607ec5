package org.patchwork.network.involvement;

import java.time.LocalDate;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;

/** A member renews their legal basis: it holds until the new review date. */
public record RenewReview(@NotNull @Future LocalDate reviewDate) {
}
