package org.patchwork.network.membership;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Names a professional, e.g. the member who becomes the lead. */
public record ProfessionalChoice(@NotNull UUID professionalId) {
}
