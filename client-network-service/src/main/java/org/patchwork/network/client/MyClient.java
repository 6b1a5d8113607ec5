package org.patchwork.network.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.patchwork.network.clientrecord.ClientStatus;
import org.patchwork.network.membership.NetworkRole;

/**
 * One of the clients in whose network the caller currently is.
 *
 * @param attentions       open attentions on the client
 * @param urgentAttentions of those, the urgent ones
 */
public record MyClient(UUID id, String givenName, String familyName, String knownAs, LocalDate dateOfBirth,
                       ClientStatus status, NetworkRole myRole, Instant memberSince, Instant registeredAt,
                       int attentions, int urgentAttentions) {
}
