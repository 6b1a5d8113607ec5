package org.patchwork.platform.security;

import java.util.Set;

/**
 * The authenticated professional behind a request, as the {@code patchwork} realm vouches for them.
 *
 * @param subject  the Keycloak user id ({@code sub}), stable across logins
 * @param agency   the code of the agency the professional works for ({@code agency} claim); empty for
 *                 platform staff who belong to no agency
 * @param roles    realm roles: practitioner, agency-admin, ig-officer, manager, platform-admin
 * @param name     display name from the token, for audit trails and first-login provisioning
 * @param email    work email from the token
 */
public record Caller(String subject, String agency, Set<String> roles, String name, String email) {

    public static final String PRACTITIONER = "practitioner";
    public static final String AGENCY_ADMIN = "agency-admin";
    public static final String IG_OFFICER = "ig-officer";
    public static final String MANAGER = "manager";
    public static final String PLATFORM_ADMIN = "platform-admin";

    public Caller {
        roles = Set.copyOf(roles);
        agency = agency == null ? "" : agency;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean worksFor(String agencyCode) {
        return !agency.isEmpty() && agency.equals(agencyCode);
    }
}
