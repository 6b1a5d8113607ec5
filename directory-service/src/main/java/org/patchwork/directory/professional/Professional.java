package org.patchwork.directory.professional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.directory.agency.Agency;
import org.patchwork.directory.events.ProfessionalContact;
import org.patchwork.platform.problem.PatchworkException;

/**
 * A professional as the directory holds them.
 *
 * @param keycloakSubject empty until the professional first signs in, when their agency's administrator created
 *                        the entry beforehand
 * @param areas           the localities they cover; their agency's areas apply when empty
 * @param igOfficer          an information governance officer of their agency, as their last sign-in said
 * @param contactThroughDuty their role is sensitive (refuge staff, covert roles): their own numbers and email are
 *                           shared with nobody but themselves and their agency's administrators; others are given
 *                           their agency's duty contact
 */
public record Professional(UUID id, String keycloakSubject, String agencyCode, String name, String jobTitle,
                           String team, String workPhone, String mobile, String email,
                           PreferredContact preferredContact, List<String> areas, ProfessionalStatus status,
                           Instant lastActiveAt, boolean igOfficer, boolean contactThroughDuty) {

    public Professional {
        areas = List.copyOf(areas);
    }

    static Professional newStaffMember(String agencyCode, StaffMember member) {
        return new Professional(UUID.randomUUID(), null, agencyCode, member.name(), member.jobTitle(),
                member.team(), member.workPhone(), member.mobile(), member.email(), member.preferredContact(),
                member.areas(), ProfessionalStatus.ACTIVE, null, false, false);
    }

    /** The professional's own changes; their name is their identity provider's, never set here. */
    Professional withContactDetails(ProfileUpdate update) {
        return new Professional(id, keycloakSubject, agencyCode, name, update.jobTitle(), update.team(),
                update.workPhone(), update.mobile(), email, update.preferredContact(), update.areas(), status,
                lastActiveAt, igOfficer, contactThroughDuty);
    }

    /**
     * What the professional's organisation says at sign-in: their display name (when it gives one) and whether they
     * are an IG officer.
     */
    Professional signedInAs(String nameFromIdentityProvider, boolean igOfficerNow) {
        String signedInName = nameFromIdentityProvider == null || nameFromIdentityProvider.isBlank() ? name
                : nameFromIdentityProvider.strip();
        return new Professional(id, keycloakSubject, agencyCode, signedInName, jobTitle, team, workPhone, mobile,
                email, preferredContact, areas, status, lastActiveAt, igOfficerNow, contactThroughDuty);
    }

    /** The agency's administrator's view of the entry; the email is theirs to set only until the first sign-in. */
    Professional withStaffDetails(StaffMember member) {
        if (keycloakSubject != null && !email.equalsIgnoreCase(member.email())) {
            throw PatchworkException.invalid("This professional has signed in: their email now comes from their"
                    + " organisation's identity provider and cannot be changed here.");
        }
        return new Professional(id, keycloakSubject, agencyCode, member.name(), member.jobTitle(), member.team(),
                member.workPhone(), member.mobile(), keycloakSubject == null ? member.email() : email,
                member.preferredContact(), member.areas(), status, lastActiveAt, igOfficer, contactThroughDuty);
    }

    Professional linkedTo(String subject, Instant signedInAt) {
        return new Professional(id, subject, agencyCode, name, jobTitle, team, workPhone, mobile, email,
                preferredContact, areas, status, signedInAt, igOfficer, contactThroughDuty);
    }

    Professional left() {
        return new Professional(id, keycloakSubject, agencyCode, name, jobTitle, team, workPhone, mobile, email,
                preferredContact, areas, ProfessionalStatus.LEFT, lastActiveAt, igOfficer, contactThroughDuty);
    }

    Professional contactedThroughDuty(boolean throughDuty) {
        return new Professional(id, keycloakSubject, agencyCode, name, jobTitle, team, workPhone, mobile, email,
                preferredContact, areas, status, lastActiveAt, igOfficer, throughDuty);
    }

    boolean hasLeft() {
        return status == ProfessionalStatus.LEFT;
    }

    /**
     * The professional as other services know them, in the directory's events. A sensitive role's own numbers never
     * leave the directory: the event carries their agency's duty contact instead. Their email stays, as the address
     * their own alerts go to; consumers show the duty email in its place.
     */
    public ProfessionalContact contact(Optional<Agency> agency) {
        if (!contactThroughDuty) {
            return new ProfessionalContact(id, keycloakSubject, agencyCode, name, jobTitle, workPhone, mobile, email,
                    preferredContact.name(), status.name(), team, areas, igOfficer, false, null, null);
        }
        return new ProfessionalContact(id, keycloakSubject, agencyCode, name, jobTitle, null, null, email,
                PreferredContact.EMAIL.name(), status.name(), team, areas, igOfficer, true,
                agency.map(Agency::dutyPhone).orElse(null), agency.map(Agency::dutyEmail).orElse(null));
    }
}
