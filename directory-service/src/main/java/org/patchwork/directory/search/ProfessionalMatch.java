package org.patchwork.directory.search;

import java.util.List;
import java.util.UUID;

import org.patchwork.directory.agency.AgencyKind;
import org.patchwork.directory.professional.PreferredContact;

/**
 * A professional found in the directory: who they are, where they work and how to reach them.
 *
 * @param localArea          whether they cover one of the areas the searcher's own agency covers
 * @param contactThroughDuty their role is sensitive: the phone and email are their agency's duty contact, and they
 *                           have no mobile here
 */
public record ProfessionalMatch(UUID id, String name, String jobTitle, String team, String agency,
                                String agencyName, AgencyKind agencyKind, String workPhone, String mobile,
                                String email, PreferredContact preferredContact, List<String> areas,
                                boolean localArea, boolean contactThroughDuty) {
}
