package org.patchwork.identity.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * Someone signed in to Patchwork through their agency's identity provider for the first time: Keycloak created
 * their account (or linked a pre-created one with the same agency-prefixed username).
 *
 * @param username {@code <agency>.<username at the agency>}
 * @param agency   the agency code, or {@code null} if the identity provider set none
 * @param email    may be {@code null}: agencies are not obliged to send one
 * @param name     first and last name as the agency sent them, or {@code null} if it sent neither
 */
public record AccountFirstLogin(UUID eventId,
                                @JsonSerialize(using = ToStringSerializer.class) Instant occurredAt,
                                String keycloakSubject,
                                String username,
                                String agency,
                                String email,
                                String name) implements AccountEvent {
}
