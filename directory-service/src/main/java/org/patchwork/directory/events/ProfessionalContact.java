package org.patchwork.directory.events;

import java.util.List;
import java.util.UUID;


/**
 * What other services need to show and reach a professional without calling the directory (version 1 of the
 * contract: fields may be added, never renamed or removed; {@code team}, {@code areas} and {@code igOfficer} were
 * added, then {@code contactThroughDuty}, {@code dutyPhone} and {@code dutyEmail}). {@code igOfficer}: the
 * professional is an information governance officer of their agency, as their last sign-in said.
 * {@code contactThroughDuty}: their role is sensitive; {@code workPhone} and {@code mobile} are then empty and
 * colleagues must be given {@code dutyPhone} and {@code dutyEmail} (their agency's duty contact) instead of their own
 * details; {@code email} is only the address their own alerts go to.
 */
public record ProfessionalContact(UUID id, String keycloakSubject, String agency, String name, String jobTitle,
                                  String workPhone, String mobile, String email, String preferredContact,
                                  String status, String team, List<String> areas, boolean igOfficer,
                                  boolean contactThroughDuty, String dutyPhone, String dutyEmail) {
}
