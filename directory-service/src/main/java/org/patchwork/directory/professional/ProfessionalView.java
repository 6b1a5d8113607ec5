package org.patchwork.directory.professional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A professional as other professionals see them: how to reach them, nothing more. */
public record ProfessionalView(UUID id, String agency, String name, String jobTitle, String team,
                               String workPhone, String mobile, String email,
                               PreferredContact preferredContact, ProfessionalStatus status, List<String> areas,
                               Instant lastActiveAt) {

    static ProfessionalView of(Professional professional) {
        return new ProfessionalView(professional.id(), professional.agencyCode(), professional.name(),
                professional.jobTitle(), professional.team(), professional.workPhone(), professional.mobile(),
                professional.email(), professional.preferredContact(), professional.status(), professional.areas(),
                professional.lastActiveAt());
    }
}
