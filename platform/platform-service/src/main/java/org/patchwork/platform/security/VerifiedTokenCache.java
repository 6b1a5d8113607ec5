package org.patchwork.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A practitioner's page sends the same access token with every request for the token's five minutes, and each
 * request reaches two or three services: checking its RS256 signature and parsing its claims again every time was
 * a sixth of each service's CPU on the busiest reads. This decoder remembers a token whose signature checked out,
 * by the token's exact text, until the token expires; the claim checks (expiry, issuer, audience) still run on every
 * request, so an expired token is refused at once, cached or not. A token that fails is never remembered, so it is
 * checked in full every time. The trade-off is the one every stateless JWT check already makes: the realm's keys
 * changing does not withdraw a token it signed before its expiry.
 */
final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /**
     * @param decoder   checks the signature and, with the same {@code validator}, the claims of a token not seen yet
     * @param validator the claim checks, run again on every use of a remembered token
     * @param maximum   how many tokens are remembered at most (the least used are forgotten first)
     */
    VerifiedTokenCache(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, long maximum, Clock clock) {
        this.decoder = decoder;
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximum)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt, clock.instant())))
                .build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt cached = verified.getIfPresent(token);
        if (cached == null) {
            Jwt jwt = decoder.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(cached);
        if (result.hasErrors()) {
            verified.invalidate(token);
            String description = result.getErrors().iterator().next().getDescription();
            throw new JwtValidationException("An error occurred while attempting to decode the Jwt: " + description,
                    result.getErrors());
        }
        return cached;
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** Kept no longer than the token is valid; a token without an expiry is not kept at all. */
    private static Duration untilExpiry(Jwt jwt, Instant now) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, expiresAt);
    }
}
