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
 */
@ConfigurationProperties("patchwork.keycloak")
public record KeycloakProperties(String issuer,
                                 @DefaultValue("patchwork-gateway") String clientId,
                                 String clientSecret,
                                 @DefaultValue("patchwork-api") String audience,
                                 @DefaultValue("5000") long verifiedTokens) {
}
