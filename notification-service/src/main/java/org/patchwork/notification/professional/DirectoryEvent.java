package org.patchwork.notification.professional;

import java.time.Instant;
import java.util.UUID;

/**
 * The part of the directory's professional events this service reads (ProfessionalRegistered/Updated/Left v1;
 * {@code igOfficer} and {@code contactThroughDuty} are absent from events published before they were added).
 */
record DirectoryEvent(Instant occurredAt, DirectoryProfessional professional) {

    /**
     * @param contactThroughDuty their role is sensitive: the directory shares no number of theirs, and none is kept
     *                           here even if one came (their alerts go to their email)
     */
    record DirectoryProfessional(UUID id, String keycloakSubject, String name, String email, String mobile,
                                 String status, String agency, Boolean igOfficer, Boolean contactThroughDuty) {

        String mobileToKeep() {
            return Boolean.TRUE.equals(contactThroughDuty) ? null : mobile;
        }
    }
}
