package org.patchwork.schedule.professional;

import java.util.UUID;

import org.patchwork.schedule.events.ProfessionalRef;

/** This service's copy of a professional, kept from the directory's events: enough to say who visits. */
public record Professional(UUID id, String keycloakSubject, String agency, String name, String jobTitle,
                           String status) {

    static final String LEFT = "LEFT";

    public boolean hasLeftTheirAgency() {
        return LEFT.equals(status);
    }

    public ProfessionalRef ref() {
        return new ProfessionalRef(id, keycloakSubject, agency);
    }
}
