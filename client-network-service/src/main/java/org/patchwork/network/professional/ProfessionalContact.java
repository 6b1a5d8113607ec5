package org.patchwork.network.professional;

import java.util.UUID;

import org.patchwork.network.events.ProfessionalRef;

/**
 * This service's copy of how to reach a professional, kept from the directory's events so that showing a
 * client's team never waits on the directory.
 */
public record ProfessionalContact(UUID id, String keycloakSubject, String agency, String name, String jobTitle,
                                  String workPhone, String mobile, String email, String preferredContact,
                                  String status) {

    static final String LEFT = "LEFT";

    public boolean hasLeftTheirAgency() {
        return LEFT.equals(status);
    }

    public ProfessionalRef ref() {
        return new ProfessionalRef(id, keycloakSubject, agency);
    }
}
