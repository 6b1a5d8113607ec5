package org.patchwork.network.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of this service that operations may tune.
 *
 * @param directoryUrl               where the directory service answers, for the fallback when the local copy misses
 * @param lookupsPerMinute           how many client look-ups one professional may make in a minute, so nobody can
 *                                   enumerate clients by trying dates of birth
 * @param lookupsPerDay              how many one professional may make in a (UTC) day
 * @param agencyLookupsPerDay        how many all the staff of one agency may make in a day together
 * @param unusualLookupsPerDay       a professional's look-ups in a day that alert their agency's IG officers
 * @param unusualAgencyLookupsPerDay an agency's look-ups in a day that alert its IG officers
 * @param lookupMaxCandidates        the most candidates a look-up shows; more matches ask for a postcode instead
 * @param attentionsPerHour          how many attentions one professional may raise to one client's network in an
 *                                   hour
 * @param invitationLifetime         how long an invitation waits for an answer before it expires
 */
@ConfigurationProperties("patchwork.network")
public record NetworkProperties(@DefaultValue("http://127.0.0.1:8081") String directoryUrl,
                                @DefaultValue("20") int lookupsPerMinute,
                                @DefaultValue("100") int lookupsPerDay,
                                @DefaultValue("1000") int agencyLookupsPerDay,
                                @DefaultValue("50") int unusualLookupsPerDay,
                                @DefaultValue("500") int unusualAgencyLookupsPerDay,
                                @DefaultValue("5") int lookupMaxCandidates,
                                @DefaultValue("10") int attentionsPerHour,
                                @DefaultValue("14d") Duration invitationLifetime) {
}
