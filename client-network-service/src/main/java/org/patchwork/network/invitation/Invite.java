package org.patchwork.network.invitation;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Whom to invite (their directory id) and why they should be involved. */
public record Invite(@NotNull UUID professionalId,
                     @NotBlank @Size(max = 500)
                     @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "must not contain control characters")
                     String reason) {
}
