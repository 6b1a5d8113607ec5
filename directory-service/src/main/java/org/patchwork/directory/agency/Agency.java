package org.patchwork.directory.agency;

import java.util.List;

import org.patchwork.directory.events.AgencySummary;

/**
 * An organisation in the data sharing agreement.
 *
 * @param code                  the agency's identifier everywhere: the {@code agency} claim its identity provider
 *                              puts in every Patchwork token
 * @param identityProviderAlias the alias of the agency's identity provider in the {@code patchwork} realm
 * @param areas                 the localities it covers
 * @param emailDomains          the domains of its staff's work emails (sign-in routing), each owned by one agency
 * @param dutyPhone             how to reach the agency's duty worker: the number shown for its staff in sensitive
 *                              roles, whose own numbers are not shared
 * @param dutyEmail             the duty worker's (team) email, shown in place of a sensitive role's own
 */
public record Agency(String code, String name, AgencyKind kind, List<String> areas, String switchboardPhone,
                     String email, String identityProviderAlias, AgencyStatus status, List<String> emailDomains,
                     String dutyPhone, String dutyEmail) {

    public Agency {
        areas = List.copyOf(areas);
        emailDomains = List.copyOf(emailDomains);
    }

    Agency withDetails(AgencyDetails details) {
        return new Agency(code, details.name(), details.kind(), details.areas(), details.switchboardPhone(),
                details.email(), identityProviderAlias, status, emailDomains, dutyPhone, dutyEmail);
    }

    Agency withStatus(AgencyStatus newStatus) {
        return new Agency(code, name, kind, areas, switchboardPhone, email, identityProviderAlias, newStatus,
                emailDomains, dutyPhone, dutyEmail);
    }

    Agency withEmailDomains(List<String> domains) {
        return new Agency(code, name, kind, areas, switchboardPhone, email, identityProviderAlias, status, domains,
                dutyPhone, dutyEmail);
    }

    Agency withDutyContact(DutyContact duty) {
        return new Agency(code, name, kind, areas, switchboardPhone, email, identityProviderAlias, status,
                emailDomains, duty.phone(), duty.email());
    }

    /** Whether staff in sensitive roles can be reached through the agency: a duty number to give instead of theirs. */
    public boolean hasDutyContact() {
        return dutyPhone != null && !dutyPhone.isBlank();
    }

    /** The agency as other services know it, in the directory's events. */
    public AgencySummary summary() {
        return new AgencySummary(code, name, kind.name(), status.name(), areas, switchboardPhone, email, emailDomains,
                identityProviderAlias, dutyPhone, dutyEmail);
    }
}
