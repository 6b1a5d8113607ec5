package org.patchwork.network.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of this service that operations may tune.
 *
 * @param directoryUrl        where the directory service answers, for the fallback when the local copy misses
 * @param lookupsPerMinute    how many client look-ups one professional may make in a minute, so nobody can
 *                            enumerate clients by trying dates of birth
 * @param lookupMaxCandidates the most candidates a look-up shows; more matches ask for a postcode instead
 * @param invitationLifetime  how long an invitation waits for an answer before it expires
 */
@ConfigurationProperties("patchwork.network")
public record NetworkProperties(@DefaultValue("http://127.0.0.1:8081") String directoryUrl,
                                @DefaultValue("20") int lookupsPerMinute,
                                @DefaultValue("5") int lookupMaxCandidates,
                                @DefaultValue("14d") Duration invitationLifetime) {
}
