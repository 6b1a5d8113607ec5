package org.patchwork.network.config;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller's own token, relayed when this service asks another on their behalf, so that the other service
 * applies its own rules to the same person. Read on the request's thread and passed to the call, so that the
 * call does not depend on the thread a circuit breaker runs it on.
 */
public final class CallerToken {

    private CallerToken() {
    }

    /** The {@code Authorization} header value carrying the caller's token. */
    public static String bearer() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return "Bearer " + token.getToken().getTokenValue();
        }
        throw new IllegalStateException("Another service is only asked on behalf of an authenticated caller");
    }
}
