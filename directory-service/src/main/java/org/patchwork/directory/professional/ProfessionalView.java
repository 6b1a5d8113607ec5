package org.patchwork.directory.professional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.directory.agency.Agency;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;

/**
 * A professional as other professionals see them: how to reach them, nothing more.
 *
 * @param contactThroughDuty their role is sensitive: to anyone but themselves and their agency's administrators the
 *                           phone and email are their agency's duty contact, and the mobile is empty
 */
public record ProfessionalView(UUID id, String agency, String name, String jobTitle, String team,
                               String workPhone, String mobile, String email,
                               PreferredContact preferredContact, ProfessionalStatus status, List<String> areas,
                               Instant lastActiveAt, boolean contactThroughDuty) {

    /** The whole entry: for the professional themself and their agency's administrators. */
    static ProfessionalView of(Professional professional) {
        return new ProfessionalView(professional.id(), professional.agencyCode(), professional.name(),
                professional.jobTitle(), professional.team(), professional.workPhone(), professional.mobile(),
                professional.email(), professional.preferredContact(), professional.status(), professional.areas(),
                professional.lastActiveAt(), professional.contactThroughDuty());
    }

    /**
     * A professional as the caller may see them: staff of another agency see neither when someone was last active nor
     * anyone who has left (404, as for an unknown id); their own agency (and platform admins) see both. A sensitive
     * role's own phone numbers and email are seen only by the professional and their agency's administrators;
     * everyone else is given the agency's duty contact.
     */
    static ProfessionalView seenBy(Caller caller, Professional professional, Optional<Agency> agency) {
        boolean sameAgency = caller.worksFor(professional.agencyCode()) || caller.hasRole(Caller.PLATFORM_ADMIN);
        if (!sameAgency && professional.hasLeft()) {
            throw PatchworkException.notFound("No professional with id " + professional.id() + ".");
        }
        ProfessionalView view = mayKnowOwnDetails(caller, professional) ? of(professional)
                : throughDutyContact(of(professional), agency);
        return sameAgency ? view : new ProfessionalView(view.id(), view.agency(), view.name(), view.jobTitle(),
                view.team(), view.workPhone(), view.mobile(), view.email(), view.preferredContact(), view.status(),
                view.areas(), null, view.contactThroughDuty());
    }

    private static boolean mayKnowOwnDetails(Caller caller, Professional professional) {
        return !professional.contactThroughDuty()
                || caller.subject().equals(professional.keycloakSubject())
                || (caller.hasRole(Caller.AGENCY_ADMIN) && caller.worksFor(professional.agencyCode()));
    }

    /** The view with the agency's duty contact in place of the professional's own numbers and email. */
    static ProfessionalView throughDutyContact(ProfessionalView view, Optional<Agency> agency) {
        return new ProfessionalView(view.id(), view.agency(), view.name(), view.jobTitle(), view.team(),
                agency.map(Agency::dutyPhone).orElse(null), null, agency.map(Agency::dutyEmail).orElse(null),
                PreferredContact.WORK_PHONE, view.status(), view.areas(), view.lastActiveAt(), true);
    }
}
