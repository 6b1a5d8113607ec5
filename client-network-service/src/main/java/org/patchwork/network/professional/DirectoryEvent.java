package org.patchwork.network.professional;

import java.time.Instant;
import java.util.UUID;

/**
 * The directory's professional events (v1) as this service reads them: one record per event type, holding the
 * fields the contact copy keeps, named as the directory's contract names them
 * ({@code directory-service/src/main/resources/contracts/events/directory.professionals/<Type>.schema.json}). Fields
 * a record does not name are ignored, so the directory may add fields; {@code ConsumedDirectoryContractsTest} fails
 * when the directory's example stops carrying one of these.
 */
sealed interface DirectoryEvent {

    Instant occurredAt();

    Professional professional();

    /** A professional appeared in the directory. */
    record ProfessionalRegistered(Instant occurredAt, Professional professional) implements DirectoryEvent {
    }

    /** A professional's details changed. */
    record ProfessionalUpdated(Instant occurredAt, Professional professional) implements DirectoryEvent {
    }

    /** A professional left their agency: their memberships end. */
    record ProfessionalLeft(Instant occurredAt, Professional professional) implements DirectoryEvent {
    }

    /**
     * The professional as the event describes them. {@code contactThroughDuty}, {@code dutyPhone} and
     * {@code dutyEmail} were added to the contract later: absent in older events, read as not sensitive.
     */
    record Professional(UUID id, String keycloakSubject, String agency, String name, String jobTitle,
                        String workPhone, String mobile, String email, String preferredContact, String status,
                        Boolean contactThroughDuty, String dutyPhone, String dutyEmail) {

        public Professional {
            contactThroughDuty = Boolean.TRUE.equals(contactThroughDuty);
        }

        /**
         * What this service keeps and shows: for a sensitive role, their agency's duty contact in place of their
         * own, whose email the event carries only for their own alerts.
         */
        ProfessionalContact contact() {
            if (Boolean.TRUE.equals(contactThroughDuty)) {
                return new ProfessionalContact(id, keycloakSubject, agency, name, jobTitle, dutyPhone, null, dutyEmail,
                        "WORK_PHONE", status, true);
            }
            return new ProfessionalContact(id, keycloakSubject, agency, name, jobTitle, workPhone, mobile, email,
                    preferredContact, status, false);
        }
    }
}
