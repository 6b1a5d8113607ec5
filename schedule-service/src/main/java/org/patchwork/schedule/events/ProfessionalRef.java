package org.patchwork.schedule.events;

import java.util.UUID;

/** A professional an event concerns: enough for a consumer to address them without calling back. */
public record ProfessionalRef(UUID id, String keycloakSubject, String agency) {
}
