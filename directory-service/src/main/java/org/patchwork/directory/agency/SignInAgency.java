package org.patchwork.directory.agency;

import java.util.List;

/**
 * An agency as the gateway's sign-in page needs it: public, as that page shows it to anyone.
 *
 * @param live whether its staff may sign in (onboarded); an agency being onboarded is not offered on the page, but
 *             its test sign-in link works
 */
public record SignInAgency(String code, String name, String identityProviderAlias, List<String> emailDomains,
                           boolean live) {

    static SignInAgency of(Agency agency) {
        return new SignInAgency(agency.code(), agency.name(), agency.identityProviderAlias(), agency.emailDomains(),
                agency.status() == AgencyStatus.ONBOARDED);
    }
}
