package org.patchwork.directory.professional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.platform.problem.PatchworkException;

/**
 * A professional as the directory holds them.
 *
 * @param keycloakSubject empty until the professional first signs in, when their agency's administrator created
 *                        the entry beforehand
 * @param areas           the localities they cover; their agency's areas apply when empty
 */
public record Professional(UUID id, String keycloakSubject, String agencyCode, String name, String jobTitle,
                           String team, String workPhone, String mobile, String email,
                           PreferredContact preferredContact, List<String> areas, ProfessionalStatus status,
                           Instant lastActiveAt) {

    public Professional {
        areas = List.copyOf(areas);
    }

    static Professional newStaffMember(String agencyCode, StaffMember member) {
        return new Professional(UUID.randomUUID(), null, agencyCode, member.name(), member.jobTitle(),
                member.team(), member.workPhone(), member.mobile(), member.email(), member.preferredContact(),
                member.areas(), ProfessionalStatus.ACTIVE, null);
    }

    Professional withContactDetails(ProfileUpdate update) {
        return new Professional(id, keycloakSubject, agencyCode, update.name(), update.jobTitle(), update.team(),
                update.workPhone(), update.mobile(), email, update.preferredContact(), update.areas(), status,
                lastActiveAt);
    }

    /** The agency's administrator's view of the entry; the email is theirs to set only until the first sign-in. */
    Professional withStaffDetails(StaffMember member) {
        if (keycloakSubject != null && !email.equalsIgnoreCase(member.email())) {
            throw PatchworkException.invalid("This professional has signed in: their email now comes from their"
                    + " organisation's identity provider and cannot be changed here.");
        }
        return new Professional(id, keycloakSubject, agencyCode, member.name(), member.jobTitle(), member.team(),
                member.workPhone(), member.mobile(), keycloakSubject == null ? member.email() : email,
                member.preferredContact(), member.areas(), status, lastActiveAt);
    }

    Professional linkedTo(String subject, Instant signedInAt) {
        return new Professional(id, subject, agencyCode, name, jobTitle, team, workPhone, mobile, email,
                preferredContact, areas, status, signedInAt);
    }

    Professional left() {
        return new Professional(id, keycloakSubject, agencyCode, name, jobTitle, team, workPhone, mobile, email,
                preferredContact, areas, ProfessionalStatus.LEFT, lastActiveAt);
    }

    boolean hasLeft() {
        return status == ProfessionalStatus.LEFT;
    }
}
