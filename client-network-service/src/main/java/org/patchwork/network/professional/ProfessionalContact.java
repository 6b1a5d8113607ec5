package org.patchwork.network.professional;

import java.util.UUID;

/**
 * This service's copy of how to reach a professional, kept from the directory's events so that showing a
 * client's team never waits on the directory.
 */
public record ProfessionalContact(UUID id, String keycloakSubject, String agency, String name, String jobTitle,
                                  String workPhone, String mobile, String email, String preferredContact,
                                  String status) {
}
