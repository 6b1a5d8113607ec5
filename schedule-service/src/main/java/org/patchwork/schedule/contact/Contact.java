package org.patchwork.schedule.contact;

import java.time.Instant;
import java.util.UUID;

/** A recorded interaction with the client: who, when, how and how it went. {@code visitId} when it was a visit. */
public record Contact(UUID id, UUID clientId, UUID professionalId, String agency, Instant contactedAt,
                      ContactChannel channel, ContactOutcome outcome, UUID visitId, UUID recordedBy,
                      Instant recordedAt) {
}
