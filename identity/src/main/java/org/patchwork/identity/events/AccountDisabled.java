package org.patchwork.identity.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * An administrator disabled or deleted an account (typically a leaver): the person can no longer sign in.
 * Published again if an already disabled account is saved with {@code enabled=false}; consumers treat it as a
 * state, not a transition.
 *
 * @param agency the account's agency code, or {@code null} if the account had none
 */
public record AccountDisabled(UUID eventId,
                              @JsonSerialize(using = ToStringSerializer.class) Instant occurredAt,
                              String keycloakSubject,
                              String agency) implements AccountEvent {
}
