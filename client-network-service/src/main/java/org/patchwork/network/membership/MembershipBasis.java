package org.patchwork.network.membership;

import java.time.LocalDate;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Why a professional is in a client's network: the legal basis, a short reason, and optionally when the basis
 * should be reviewed (e.g. when consent was given for a fixed period).
 */
public record MembershipBasis(@NotNull LegalBasis legalBasis,
                              @NotBlank @Size(max = 500)
                              @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must not contain control characters")
                              String reason,
                              @Future LocalDate reviewDate) {
}
