package org.patchwork.directory.professional;

import java.util.Optional;

import org.patchwork.directory.agency.Agency;
import org.patchwork.directory.agency.AgencyService;
import org.patchwork.directory.events.ProfessionalContact;
import org.springframework.stereotype.Component;

/** A professional's contact summary for the directory's events, with their agency's duty contact when it applies. */
@Component
class ContactCards {

    private final AgencyService agencies;

    ContactCards(AgencyService agencies) {
        this.agencies = agencies;
    }

    Optional<Agency> agencyOf(Professional professional) {
        return agencies.find(professional.agencyCode());
    }

    ProfessionalContact of(Professional professional) {
        return professional.contact(professional.contactThroughDuty()
                ? agencies.find(professional.agencyCode())
                : Optional.empty());
    }
}
