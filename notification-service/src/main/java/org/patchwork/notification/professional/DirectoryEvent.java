package org.patchwork.notification.professional;

import java.time.Instant;
import java.util.UUID;

/**
 * The directory's professional events (v1) as this service reads them: one record per event type, holding exactly
 * the fields the copy of professionals keeps, named as the directory's contract names them
 * ({@code directory-service/src/main/resources/contracts/events/directory.professionals/<Type>.schema.json}). Fields
 * a record does not name are ignored, so the directory may add fields; {@code ConsumedDirectoryContractsTest} fails
 * when the directory's example stops carrying one of these.
 */
sealed interface DirectoryEvent {

    Instant occurredAt();

    DirectoryProfessional professional();

    /**
     * {@code igOfficer} and {@code contactThroughDuty} are absent from events published before they were added.
     *
     * @param contactThroughDuty their role is sensitive: the directory shares no number of theirs, and none is kept
     *                           here even if one came (their alerts go to their email)
     */
    record DirectoryProfessional(UUID id, String keycloakSubject, String name, String email, String mobile,
                                 String status, String agency, Boolean igOfficer, Boolean contactThroughDuty) {

        String mobileToKeep() {
            return Boolean.TRUE.equals(contactThroughDuty) ? null : mobile;
        }
    }

    /** A professional appeared in the directory. */
    record ProfessionalRegistered(Instant occurredAt, DirectoryProfessional professional) implements DirectoryEvent {
    }

    /** A professional's details changed. */
    record ProfessionalUpdated(Instant occurredAt, DirectoryProfessional professional) implements DirectoryEvent {
    }

    /** A professional left their agency: whatever status the event carries, the copy says they left. */
    record ProfessionalLeft(Instant occurredAt, DirectoryProfessional professional) implements DirectoryEvent {
    }
}
