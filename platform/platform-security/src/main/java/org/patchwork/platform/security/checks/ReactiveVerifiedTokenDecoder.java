package org.patchwork.platform.security.checks;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway's decoder: {@link VerifiedTokens} in front of a reactive decoder that checks the signature (and fetches
 * the realm's keys) of a token not seen yet. A remembered token is answered without leaving the calling thread.
 */
public final class ReactiveVerifiedTokenDecoder implements ReactiveJwtDecoder {

    private final VerifiedTokens tokens;
    private final ReactiveJwtDecoder checking;

    public ReactiveVerifiedTokenDecoder(VerifiedTokens tokens, ReactiveJwtDecoder checking) {
        this.tokens = tokens;
        this.checking = checking;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return Mono.defer(() -> {
            Jwt remembered = tokens.remembered(token);
            return remembered != null
                    ? Mono.just(remembered)
                    : checking.decode(token).doOnNext(jwt -> tokens.remember(token, jwt));
        });
    }
}
