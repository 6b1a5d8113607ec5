package org.patchwork.schedule.contact;

import java.time.Instant;
import java.util.UUID;

/** A contact as members see it: who (name, agency, job title), when, how, how it went. */
public record ContactView(UUID id, UUID clientId, UUID professionalId, String professionalName, String agency,
                          String jobTitle, Instant contactedAt, ContactChannel channel, ContactOutcome outcome,
                          UUID visitId) {
}
