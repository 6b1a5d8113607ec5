package org.patchwork.web.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether Patchwork is reached over HTTPS (the gateway's own setting of the same name): then the web app's form-token
 * cookie is {@code Secure}. On by default; only the local demo, on plain HTTP at 127.0.0.1, turns it off (profile
 * {@code local-demo}).
 *
 * @param enabled {@code Secure} cookies
 */
@ConfigurationProperties("patchwork.transport-security")
record TransportSecurityProperties(@DefaultValue("true") boolean enabled) {
}
