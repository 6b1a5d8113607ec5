package org.patchwork.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks Keycloak tokens.
 *
 * @param issuer    the only issuer trusted: the {@code patchwork} realm, e.g. {@code http://127.0.0.1:8180/realms/patchwork}
 * @param audience  the audience every token must carry
 * @param clockSkew how far token timestamps may drift from this host's clock
 * @param publicPaths paths reachable without a token: health probes and Prometheus's scrape, both on the management
 *                    port only (loopback unless the deployment says otherwise), never served on the public one
 * @param verifiedTokens how many tokens whose signature checked out are remembered until they expire, so that a
 *                       token sent again is not checked again (its claims are); a few thousand signed-in people
 */
@ConfigurationProperties("patchwork.security")
public record SecurityProperties(String issuer,
                                 @DefaultValue("patchwork-api") String audience,
                                 @DefaultValue("30s") Duration clockSkew,
                                 @DefaultValue({"/actuator/health/**", "/actuator/info", "/actuator/prometheus"}) List<String> publicPaths,
                                 @DefaultValue("5000") long verifiedTokens) {
}
