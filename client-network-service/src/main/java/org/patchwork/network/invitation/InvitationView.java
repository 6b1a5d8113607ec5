package org.patchwork.network.invitation;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation as its invitee sees it before answering: who asks and why, and only the client's initials and
 * year of birth; the client's details come with membership.
 */
public record InvitationView(UUID id, UUID clientId, String clientInitials, int clientYearOfBirth,
                             UUID invitedByProfessionalId, String invitedByName, String invitedByAgency,
                             String reason, InvitationStatus status, Instant createdAt, Instant expiresAt) {
}
