package org.patchwork.network.lookup;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.patchwork.network.config.NetworkProperties;
import org.patchwork.network.events.ProfessionalRef;
import org.patchwork.network.events.UnusualLookupVolume;
import org.patchwork.network.professional.ProfessionalContact;
import org.patchwork.platform.limits.RateLimits;
import org.patchwork.platform.limits.RateLimits.Limit;
import org.patchwork.platform.problem.TooManyRequests;
import org.patchwork.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many look-ups a professional may make, so that nobody can enumerate clients by trying dates of birth: a few a
 * minute, a cap a day, and a cap a day for their whole agency. The counts are kept in the database
 * ({@link RateLimits}), so they hold across restarts and across every instance. A professional (or an agency)
 * reaching the day's alert level tells the agency's IG officers ({@link UnusualLookupVolume}).
 */
@Component
class LookupRateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final RateLimits limits;
    private final ApplicationEventPublisher events;
    private final NetworkProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    LookupRateLimiter(RateLimits limits, ApplicationEventPublisher events, NetworkProperties properties, Clock clock,
                      MeterRegistry meters) {
        this.limits = limits;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** Counts one look-up, or refuses it with when to try again; in the caller's transaction when it has one. */
    @Transactional
    public void acquire(Caller caller, ProfessionalContact me) {
        Limit perMinute = new Limit("lookup:professional-minute:" + caller.subject(), properties.lookupsPerMinute(),
                MINUTE);
        Limit perDay = new Limit("lookup:professional-day:" + caller.subject(), properties.lookupsPerDay(), DAY);
        Limit agencyPerDay = new Limit("lookup:agency-day:" + caller.agency(), properties.agencyLookupsPerDay(), DAY);
        RateLimits.Use use = limits.take(List.of(perMinute, perDay, agencyPerDay));
        if (!use.allowed()) {
            Limit refusedBy = use.refusedBy().orElseThrow();
            // lookup:<which limit>:<whose>; the metric names the limit, never the professional or the agency.
            meters.counter("patchwork.lookups.refused", "limit", refusedBy.key().split(":")[1]).increment();
            throw new LookupLimitExceeded(use.retryAfter(), refusal(refusedBy, use.retryAfter()));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ProfessionalRef professional = new ProfessionalRef(me.id(), caller.subject(), caller.agency());
        if (use.counts().get(1) == properties.unusualLookupsPerDay()) {
            events.publishEvent(new UnusualLookupVolume(UUID.randomUUID(), clock.instant(), caller.agency(),
                    professional, "PROFESSIONAL", today, use.counts().get(1), properties.unusualLookupsPerDay(),
                    properties.lookupsPerDay()));
        }
        if (use.counts().get(2) == properties.unusualAgencyLookupsPerDay()) {
            events.publishEvent(new UnusualLookupVolume(UUID.randomUUID(), clock.instant(), caller.agency(),
                    null, "AGENCY", today, use.counts().get(2), properties.unusualAgencyLookupsPerDay(),
                    properties.agencyLookupsPerDay()));
        }
    }

    private String refusal(Limit limit, Duration retryAfter) {
        if (limit.window().equals(MINUTE)) {
            return "You have made too many look-ups in the last minute. Try again in "
                    + TooManyRequests.seconds(retryAfter) + " s.";
        }
        String resumes = " Look-ups are possible again from midnight (UTC). If you need more, speak to your "
                + "information governance officer.";
        if (limit.key().startsWith("lookup:agency-day:")) {
            return "Your organisation has reached its limit of " + limit.max() + " look-ups today." + resumes;
        }
        return "You have reached your limit of " + limit.max() + " look-ups today." + resumes;
    }
}
