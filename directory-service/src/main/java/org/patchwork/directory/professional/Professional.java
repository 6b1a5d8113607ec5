package org.patchwork.directory.professional;

import java.time.Instant;
import java.util.UUID;

/** A professional as the directory holds them. */
public record Professional(UUID id, String keycloakSubject, String agencyCode, String name, String jobTitle,
                           String team, String workPhone, String mobile, String email,
                           PreferredContact preferredContact, ProfessionalStatus status, Instant lastActiveAt) {

    Professional withContactDetails(ProfileUpdate update) {
        return new Professional(id, keycloakSubject, agencyCode, update.name(), update.jobTitle(), update.team(),
                update.workPhone(), update.mobile(), email, update.preferredContact(), status, lastActiveAt);
    }
}
