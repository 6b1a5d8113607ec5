package org.patchwork.directory.professional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;

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

    /**
     * A professional as the caller may see them: staff of another agency see neither when someone was last active nor
     * anyone who has left (404, as for an unknown id); their own agency (and platform admins) see both.
     */
    static ProfessionalView seenBy(Caller caller, Professional professional) {
        boolean sameAgency = caller.worksFor(professional.agencyCode()) || caller.hasRole(Caller.PLATFORM_ADMIN);
        if (sameAgency) {
            return of(professional);
        }
        if (professional.hasLeft()) {
            throw PatchworkException.notFound("No professional with id " + professional.id() + ".");
        }
        ProfessionalView view = of(professional);
        return new ProfessionalView(view.id(), view.agency(), view.name(), view.jobTitle(), view.team(),
                view.workPhone(), view.mobile(), view.email(), view.preferredContact(), view.status(), view.areas(),
                null);
    }
}
