package org.patchwork.gateway.security;

import java.time.Duration;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;

/**
 * The security headers on every answer leaving the gateway, its own pages, the web app's pages and the services'
 * API answers alike, beside Spring Security's defaults (no sniffing, no framing, no caching).
 * <p>
 * The content security policy allows scripts, styles, fonts and images from Patchwork itself only, and the one
 * inline script of the GOV.UK page template (which marks the page as having JavaScript) by its hash, not by
 * {@code 'unsafe-inline'}. It sets no {@code form-action}: the sign-in forms lead, through redirects the browser
 * holds to that directive, to Keycloak and on to each agency's own identity provider.
 */
final class ResponseHeaders {

    /** SHA-256 of GOV.UK Frontend's {@code document.body.className += ' js-enabled' …} script, as its docs give it. */
    static final String GOVUK_FRONTEND_INLINE_SCRIPT = "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' " + GOVUK_FRONTEND_INLINE_SCRIPT
            + "; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=()";

    private ResponseHeaders() {
    }

    /** HSTS (a year, subdomains included) on HTTPS answers unless {@code transportSecurity} is off. */
    static Customizer<ServerHttpSecurity.HeaderSpec> all(TransportSecurityProperties transportSecurity) {
        return headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .permissionsPolicy(permissions -> permissions.policy(PERMISSIONS_POLICY));
            if (transportSecurity.enabled()) {
                headers.hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true));
            } else {
                headers.hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable);
            }
        };
    }
}
