package org.patchwork.directory.provisioning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the directory reaches Keycloak's admin API to disable the accounts of professionals whose agency's
 * provisioning deactivated them: as client {@code patchwork-directory} of realm {@code patchwork}, a service account
 * whose one role is {@code realm-management}'s {@code manage-users} (identity/README.md).
 *
 * @param url          Keycloak's base URL; empty: the issuer's ({@code patchwork.security.issuer} without
 *                     {@code /realms/<realm>})
 * @param clientSecret the client's secret; empty: accounts are not disabled, and wait in the outbox until it is set
 */
@ConfigurationProperties("patchwork.directory.keycloak")
record LeaverAccountsProperties(@DefaultValue("") String url,
                                @DefaultValue("patchwork") String realm,
                                @DefaultValue("patchwork-directory") String clientId,
                                @DefaultValue("") String clientSecret,
                                @DefaultValue("5s") Duration connectTimeout,
                                @DefaultValue("15s") Duration readTimeout) {

    boolean configured() {
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
