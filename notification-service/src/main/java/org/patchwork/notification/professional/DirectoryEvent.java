package org.patchwork.notification.professional;

import java.time.Instant;
import java.util.UUID;

/**
 * The part of the directory's professional events this service reads (ProfessionalRegistered/Updated/Left v1;
 * {@code igOfficer} is absent from events published before it was added).
 */
record DirectoryEvent(Instant occurredAt, DirectoryProfessional professional) {

    record DirectoryProfessional(UUID id, String keycloakSubject, String name, String email, String mobile,
                                 String status, String agency, Boolean igOfficer) {
    }
}
