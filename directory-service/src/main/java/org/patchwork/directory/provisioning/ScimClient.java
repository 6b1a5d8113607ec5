package org.patchwork.directory.provisioning;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * The agency's provisioning client behind a SCIM request, as its credential says: it acts on that agency's
 * professionals only, and only while the agency is onboarded (a suspended agency's provisioning is refused, as its
 * staff are, until a platform administrator reinstates it).
 */
record ScimClient(UUID credentialId, String agencyCode, List<String> emailDomains, boolean agencyOnboarded) {

    static final String AUTHORITY = "SCIM_PROVISIONING";

    ScimClient {
        emailDomains = List.copyOf(emailDomains);
    }

    static ScimClient of(ScimCredential credential, boolean agencyOnboarded) {
        return new ScimClient(credential.id(), credential.agencyCode(), credential.emailDomains(), agencyOnboarded);
    }

    boolean mayUse(String email) {
        int at = email.lastIndexOf('@');
        return at > 0 && emailDomains.contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** Authenticated either way; allowed to provision only while the agency is onboarded. */
    OAuth2AuthenticatedPrincipal principal() {
        return new DefaultOAuth2AuthenticatedPrincipal(credentialId.toString(),
                Map.of("agency", agencyCode, "emailDomains", emailDomains, "credential", credentialId.toString(),
                        "agencyOnboarded", agencyOnboarded),
                agencyOnboarded ? List.of(new SimpleGrantedAuthority(AUTHORITY)) : List.of());
    }

    @SuppressWarnings("unchecked")
    static ScimClient from(OAuth2AuthenticatedPrincipal principal) {
        return new ScimClient(UUID.fromString(principal.getAttribute("credential")),
                principal.getAttribute("agency"), (List<String>) principal.getAttribute("emailDomains"),
                Boolean.TRUE.equals(principal.getAttribute("agencyOnboarded")));
    }
}
