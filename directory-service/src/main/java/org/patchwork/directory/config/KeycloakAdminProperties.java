package org.patchwork.directory.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the directory reaches Keycloak's admin API — to disable the accounts of professionals whose agency's
 * provisioning deactivated them, and to create and change agencies' identity providers at onboarding: as client
 * {@code patchwork-directory} of realm {@code patchwork}, a service account whose only roles are
 * {@code realm-management}'s {@code manage-users} and {@code manage-identity-providers} (identity/README.md).
 *
 * @param url          Keycloak's base URL; empty: the issuer's ({@code patchwork.security.issuer} without
 *                     {@code /realms/<realm>})
 * @param clientSecret the client's secret; empty: accounts are not disabled (they wait in the outbox until it is set)
 *                     and agencies cannot be onboarded
 */
@ConfigurationProperties("patchwork.directory.keycloak")
public record KeycloakAdminProperties(@DefaultValue("") String url,
                                      @DefaultValue("patchwork") String realm,
                                      @DefaultValue("patchwork-directory") String clientId,
                                      @DefaultValue("") String clientSecret,
                                      @DefaultValue("5s") Duration connectTimeout,
                                      @DefaultValue("15s") Duration readTimeout) {

    public boolean configured() {
        return !clientSecret.isBlank();
    }

    String serverUrl(String issuer) {
        if (!url.isBlank()) {
            return url;
        }
        int realms = issuer.indexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("Set patchwork.directory.keycloak.url: the issuer " + issuer
                    + " is not a Keycloak realm's");
        }
        return issuer.substring(0, realms);
    }
}
