package org.patchwork.notification.professional;

import java.util.UUID;

/** How to reach a professional, and the agency they work for, as the directory last said. */
public record Professional(UUID id, String keycloakSubject, String agency, String name, String email, String mobile,
                           String status) {

    static final String LEFT = "LEFT";

    public boolean hasLeftTheirAgency() {
        return LEFT.equals(status);
    }
}
