package org.patchwork.directory.professional;

import java.time.Instant;
import java.util.UUID;

/** The part of the identity provider's {@code org.patchwork.AccountDisabled} event this service reads (v1). */
record AccountDisabled(UUID eventId, Instant occurredAt, String keycloakSubject, String agency) {
}
