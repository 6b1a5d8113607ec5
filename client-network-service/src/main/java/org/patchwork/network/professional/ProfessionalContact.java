package org.patchwork.network.professional;

import java.util.UUID;

import org.patchwork.network.events.ProfessionalRef;

/**
 * This service's copy of how to reach a professional, kept from the directory's events so that showing a
 * client's team never waits on the directory.
 *
 * @param contactThroughDuty their role is sensitive: the phone and email are their agency's duty contact and there
 *                           is no mobile; their own are not held here
 */
public record ProfessionalContact(UUID id, String keycloakSubject, String agency, String name, String jobTitle,
                                  String workPhone, String mobile, String email, String preferredContact,
                                  String status, boolean contactThroughDuty) {

    static final String LEFT = "LEFT";

    public boolean hasLeftTheirAgency() {
        return LEFT.equals(status);
    }

    ProfessionalContact leftTheirAgency() {
        return new ProfessionalContact(id, keycloakSubject, agency, name, jobTitle, workPhone, mobile, email,
                preferredContact, LEFT, contactThroughDuty);
    }

    public ProfessionalRef ref() {
        return new ProfessionalRef(id, keycloakSubject, agency);
    }
}
