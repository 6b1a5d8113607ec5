package org.patchwork.notification.professional;

import java.util.UUID;

/**
 * How to reach a professional, as the directory last said.
 *
 * @param agency    the code of the agency they work for
 * @param igOfficer one of their agency's information governance officers
 */
public record Professional(UUID id, String keycloakSubject, String name, String email, String mobile, String status,
                           String agency, boolean igOfficer) {

    static final String LEFT = "LEFT";

    public boolean hasLeftTheirAgency() {
        return LEFT.equals(status);
    }
}
