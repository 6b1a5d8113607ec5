package org.patchwork.platform.security.checks;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real RS256 tokens, signed here and checked by Spring Security's Nimbus decoders behind the remembered tokens: each
 * rule once for the services' decoder and once for the gateway's reactive one.
 */
class VerifiedTokensTest {

    /** The two front doors. */
    enum Decoder { SERVICE, GATEWAY }

    private static final String ISSUER = "http://keycloak.test/realms/patchwork";

    private final KeyPair realmKey = rsaKeyPair();
    private final Instant start = Instant.parse("2026-11-26T09:00:00Z");
    private final MutableClock clock = new MutableClock(start);
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
    private final OAuth2TokenValidator<Jwt> validator =
            new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER));
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final VerifiedTokens tokens;

    VerifiedTokensTest() {
        timestamps.setClock(clock);
        tokens = new VerifiedTokens(validator, 100, clock);
    }

    /** The decoder of that front door, counting the tokens whose signature it checks. */
    private JwtDecoder decoder(Decoder kind, VerifiedTokens remembered) {
        return switch (kind) {
            case SERVICE -> {
                JwtDecoder nimbus = realmDecoder();
                yield remembered.decoder(token -> {
                    signatureChecks.incrementAndGet();
                    return nimbus.decode(token);
                });
            }
            case GATEWAY -> {
                ReactiveJwtDecoder nimbus = reactiveRealmDecoder();
                ReactiveJwtDecoder reactive = new ReactiveVerifiedTokenDecoder(remembered,
                        token -> Mono.defer(() -> {
                            signatureChecks.incrementAndGet();
                            return nimbus.decode(token);
                        }));
                yield token -> reactive.decode(token).block();
            }
        };
    }

    @ParameterizedTest
    @EnumSource
    void aTokenSentAgainIsNotCheckedAgain(Decoder kind) {
        JwtDecoder cache = decoder(kind, tokens);
        String token = sign(realmKey, ISSUER, start.plusSeconds(300));

        Jwt first = cache.decode(token);
        Jwt second = cache.decode(token);

        assertThat(signatureChecks).hasValue(1);
        assertThat(second.getSubject()).isEqualTo("practitioner-1").isEqualTo(first.getSubject());
        assertThat(tokens.size()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource
    void aRememberedTokenIsRefusedOnceItHasExpired(Decoder kind) {
        JwtDecoder cache = decoder(kind, tokens);
        String token = sign(realmKey, ISSUER, start.plusSeconds(300));
        cache.decode(token);

        clock.set(start.plusSeconds(301));

        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(signatureChecks).hasValue(1);
        assertThat(tokens.size()).isZero();
    }

    @ParameterizedTest
    @EnumSource
    void aTokenSignedWithAnotherKeyIsRefusedEveryTimeAndNeverRemembered(Decoder kind) {
        assertRefusedEveryTimeAndNeverRemembered(decoder(kind, tokens), sign(rsaKeyPair(), ISSUER, start.plusSeconds(300)),
                BadJwtException.class);
    }

    @ParameterizedTest
    @EnumSource
    void aTokenFromAnotherIssuerIsRefusedEveryTimeAndNeverRemembered(Decoder kind) {
        assertRefusedEveryTimeAndNeverRemembered(decoder(kind, tokens),
                sign(realmKey, "http://keycloak.test/realms/elsewhere", start.plusSeconds(300)),
                JwtValidationException.class);
    }

    @ParameterizedTest
    @EnumSource
    void noMoreTokensAreRememberedThanTheMaximum(Decoder kind) {
        VerifiedTokens small = new VerifiedTokens(validator, 2, clock);
        JwtDecoder decoder = decoder(kind, small);
        for (int i = 0; i < 10; i++) {
            decoder.decode(sign(realmKey, ISSUER, start.plusSeconds(300 + i)));
        }

        assertThat(small.size()).isLessThanOrEqualTo(2);
    }

    private void assertRefusedEveryTimeAndNeverRemembered(JwtDecoder cache, String token,
                                                          Class<? extends Exception> refusal) {
        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(refusal);
        assertThatThrownBy(() -> cache.decode(token)).isInstanceOf(refusal);

        assertThat(signatureChecks).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    private JwtDecoder realmDecoder() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) realmKey.getPublic())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        nimbus.setJwtValidator(validator);
        return nimbus;
    }

    private ReactiveJwtDecoder reactiveRealmDecoder() {
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withPublicKey((RSAPublicKey) realmKey.getPublic())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        nimbus.setJwtValidator(validator);
        return nimbus;
    }

    private String sign(KeyPair key, String issuer, Instant expiresAt) {
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) key.getPublic()).privateKey(key.getPrivate()).build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).subject("practitioner-1")
                .audience(List.of("patchwork-api")).issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
