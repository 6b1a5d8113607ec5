package org.patchwork.platform.security.checks;

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
 * request passes the gateway and reaches two or three services: checking its RS256 signature and parsing its claims
 * again every time was a sixth of each service's CPU and a fifth of the gateway's on the busiest reads. This
 * remembers a token whose signature checked out, by the token's exact text, until the token expires; the claim checks
 * (expiry, issuer, audience) still run on every request, so an expired token is refused at once, remembered or not.
 * A token that fails is never remembered, so it is checked in full every time. The trade-off is the one every
 * stateless JWT check already makes: the realm's keys changing does not withdraw a token it signed before its expiry.
 * <p>
 * A service's decoder is {@link #decoder(JwtDecoder)}; the gateway's, reactive, is {@link ReactiveVerifiedTokenDecoder}.
 */
public final class VerifiedTokens {

    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    /**
     * @param validator the claim checks, run again on every use of a remembered token; the decoder that checks the
     *                  signature of a token not seen yet must run the same checks
     * @param maximum   how many tokens are remembered at most (the least used are forgotten first)
     */
    public VerifiedTokens(OAuth2TokenValidator<Jwt> validator, long maximum, Clock clock) {
        this.validator = validator;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximum)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt, clock.instant())))
                .build();
    }

    /** {@code checking} for a token not seen yet, the remembered token (its claims checked again) otherwise. */
    public JwtDecoder decoder(JwtDecoder checking) {
        return token -> {
            Jwt remembered = remembered(token);
            if (remembered != null) {
                return remembered;
            }
            Jwt jwt = checking.decode(token);
            remember(token, jwt);
            return jwt;
        };
    }

    /**
     * The token as remembered, its claims checked again now, or {@code null} when it is not remembered.
     *
     * @throws JwtValidationException when a remembered token's claims no longer pass (it is then forgotten)
     */
    Jwt remembered(String token) {
        Jwt cached = verified.getIfPresent(token);
        if (cached == null) {
            return null;
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

    /** A token whose signature and claims the realm's decoder has just checked. */
    void remember(String token, Jwt jwt) {
        verified.put(token, jwt);
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
