package org.patchwork.network.invitation;

import java.time.Instant;
import java.util.UUID;

/** A member's invitation to a professional to join a client's network. */
record Invitation(UUID id, UUID clientId, UUID inviteeProfessionalId, UUID invitedByProfessionalId, String reason,
                  InvitationStatus status, Instant createdAt, Instant expiresAt, Instant respondedAt) {

    boolean isAnswerable(Instant now) {
        return status == InvitationStatus.PENDING && now.isBefore(expiresAt);
    }
}
