package org.patchwork.network.professional;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A professional as the directory's REST API describes them (fields it adds later are ignored). For a sensitive
 * role ({@code contactThroughDuty}) the directory already answers with their agency's duty contact.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectoryProfessional(UUID id, String keycloakSubject, String agency, String name, String jobTitle,
                                    String workPhone, String mobile, String email, String preferredContact,
                                    String status, Boolean contactThroughDuty) {

    ProfessionalContact toContact(String knownSubject) {
        return new ProfessionalContact(id, keycloakSubject == null ? knownSubject : keycloakSubject, agency, name,
                jobTitle, workPhone, mobile, email, preferredContact, status == null ? "ACTIVE" : status,
                Boolean.TRUE.equals(contactThroughDuty));
    }
}
