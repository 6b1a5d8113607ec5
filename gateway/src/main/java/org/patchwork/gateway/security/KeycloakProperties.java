package org.patchwork.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's client in realm {@code patchwork}.
 *
 * @param issuer       the realm's issuer, e.g. {@code http://127.0.0.1:8180/realms/patchwork}
 * @param clientId     the gateway's confidential client
 * @param clientSecret its secret, from the environment
 * @param audience     the audience every access token must carry
 * @param verifiedTokens how many bearer tokens whose signature checked out are remembered until they expire, so
 *                       that a token sent again is not checked again (its claims are); a few thousand signed-in people
 * @param backchannelUrl where the gateway itself reaches the realm (token, keys, user info), when that is not the
 *                       issuer browsers use: e.g. {@code http://keycloak:8180/realms/patchwork} on a container
 *                       network; unset, the issuer
 */
@ConfigurationProperties("patchwork.keycloak")
public record KeycloakProperties(String issuer,
                                 @DefaultValue("patchwork-gateway") String clientId,
                                 String clientSecret,
                                 @DefaultValue("patchwork-api") String audience,
                                 @DefaultValue("5000") long verifiedTokens,
                                 String backchannelUrl) {

    /** The realm's OpenID Connect endpoints as the gateway calls them (browsers are sent to the issuer's). */
    String backchannelEndpoints() {
        String realm = backchannelUrl == null || backchannelUrl.isBlank() ? issuer : backchannelUrl;
        return realm + "/protocol/openid-connect";
    }
}
