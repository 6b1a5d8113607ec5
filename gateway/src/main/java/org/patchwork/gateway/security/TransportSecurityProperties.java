package org.patchwork.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether Patchwork is reached over HTTPS (directly or through a TLS-terminating proxy, whose
 * {@code X-Forwarded-Proto} the gateway honours): then its cookies are {@code Secure} and HTTPS answers carry HSTS.
 * On by default; only the local demo, on plain HTTP at 127.0.0.1, turns it off (profile {@code local-demo}).
 *
 * @param enabled {@code Secure} cookies and HSTS
 */
@ConfigurationProperties("patchwork.transport-security")
public record TransportSecurityProperties(@DefaultValue("true") boolean enabled) {
}
