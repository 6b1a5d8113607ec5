package org.patchwork.network.professional;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A professional as the directory's REST API describes them (fields it adds later are ignored). For a sensitive
 * role ({@code contactThroughDuty}) the directory already answers with their agency's duty contact. The API does not
 * say whose sign-in a professional is: that comes from the caller's own token for their own entry, and from the
 * directory's events for everyone else.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DirectoryProfessional(UUID id, String agency, String name, String jobTitle, String workPhone,
                                    String mobile, String email, String preferredContact, String status,
                                    Boolean contactThroughDuty) {

    /** @param keycloakSubject whose sign-in this is, when known (the caller's own); null keeps what the copy has */
    ProfessionalContact toContact(String keycloakSubject) {
        return new ProfessionalContact(id, keycloakSubject, agency, name, jobTitle, workPhone, mobile, email,
                preferredContact, status == null ? "ACTIVE" : status, Boolean.TRUE.equals(contactThroughDuty));
    }
}
