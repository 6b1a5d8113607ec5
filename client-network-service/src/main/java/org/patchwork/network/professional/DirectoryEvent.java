package org.patchwork.network.professional;

import java.time.Instant;
import java.util.UUID;

/** The part of the directory's professional events this service reads (ProfessionalRegistered/Updated/Left v1). */
record DirectoryEvent(Instant occurredAt, Professional professional) {

    /**
     * The professional as the event describes them. {@code contactThroughDuty}, {@code dutyPhone} and
     * {@code dutyEmail} were added to the contract later: absent in older events, read as not sensitive.
     */
    record Professional(UUID id, String keycloakSubject, String agency, String name, String jobTitle,
                        String workPhone, String mobile, String email, String preferredContact, String status,
                        Boolean contactThroughDuty, String dutyPhone, String dutyEmail) {

        Professional {
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
