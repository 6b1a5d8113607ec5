package org.patchwork.gateway.signin;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The organisations whose staff can sign in, as the directory lists them ({@code GET /api/directory/sign-in/agencies},
 * public): live agencies, offered on the sign-in page and by email domain, and agencies being onboarded, whose test
 * sign-in link ({@code ?idp=}) works but which are offered nowhere. No file lists agencies.
 *
 * <p>The list is kept for {@code patchwork.sign-in.agencies-max-age} (30 s), so an agency going live or suspended
 * shows within that time on every gateway instance, and the directory is asked at most that often. When the directory
 * cannot answer, the last list it gave is used (and asked for again after {@code agencies-retry-after}); before it
 * ever answered, the sign-in page offers no organisation and says so.
 */
@Component
public class Agencies {

    private static final Logger log = LoggerFactory.getLogger(Agencies.class);
    private static final ParameterizedTypeReference<List<Agency>> LIST = new ParameterizedTypeReference<>() {
    };

    private final WebClient directory;
    private final Duration maxAge;
    private final Duration retryAfter;
    private volatile List<Agency> lastKnown = List.of();
    private final Mono<List<Agency>> current;

    Agencies(@Value("${patchwork.sign-in.directory-url}") String directoryUrl,
             @Value("${patchwork.sign-in.agencies-max-age:30s}") Duration maxAge,
             @Value("${patchwork.sign-in.agencies-retry-after:5s}") Duration retryAfter) {
        this.directory = WebClient.builder().baseUrl(directoryUrl).build();
        this.maxAge = maxAge;
        this.retryAfter = retryAfter;
        this.current = fetch();
    }

    /** The agencies offered on the sign-in page: the live ones, by name. */
    public Mono<List<Agency>> live() {
        return current.map(agencies -> agencies.stream().filter(Agency::live).toList());
    }

    /** The agency, live or being onboarded (its test sign-in), whose identity provider has this alias. */
    public Mono<Optional<Agency>> byIdpAlias(String alias) {
        return current.map(agencies -> agencies.stream().filter(agency -> agency.idpAlias().equals(alias))
                .findFirst());
    }

    /** The live agency whose staff have work emails at this address's domain. */
    public Mono<Optional<Agency>> byEmail(String email) {
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return Mono.just(Optional.empty());
        }
        String domain = email.substring(at + 1);
        return live().map(agencies -> agencies.stream().filter(agency -> agency.ownsEmailDomain(domain)).findFirst());
    }

    private Mono<List<Agency>> fetch() {
        return directory.get().uri("/api/directory/sign-in/agencies").retrieve().bodyToMono(LIST)
                .timeout(Duration.ofSeconds(5))
                .map(agencies -> new Fetched(agencies, true))
                .doOnNext(fetched -> lastKnown = fetched.agencies())
                .onErrorResume(failure -> {
                    log.warn("Could not read the agencies from the directory; the sign-in page uses the last list it"
                            + " gave ({} agencies): {}", lastKnown.size(), failure.toString());
                    return Mono.just(new Fetched(lastKnown, false));
                })
                .cache(fetched -> fetched.fresh() ? maxAge : retryAfter, failure -> Duration.ZERO, () -> Duration.ZERO)
                .map(Fetched::agencies);
    }

    private record Fetched(List<Agency> agencies, boolean fresh) {
    }
}
