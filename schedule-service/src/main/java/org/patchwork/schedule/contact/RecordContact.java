package org.patchwork.schedule.contact;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * A contact that happened.
 *
 * @param professionalId who was in contact: a current member; the caller when left out
 */
public record RecordContact(UUID professionalId,
                            @NotNull Instant contactedAt,
                            @NotNull ContactChannel channel,
                            @NotNull ContactOutcome outcome) {
}
