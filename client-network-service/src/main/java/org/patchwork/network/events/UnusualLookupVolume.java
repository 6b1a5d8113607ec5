package org.patchwork.network.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.patchwork.platform.events.IntegrationEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A professional, or an agency's staff together, reached the number of client look-ups in a day that is worth an
 * information governance officer's look: the agency's IG officers are told. Published once per professional (or
 * agency) and day, at the look-up that reaches the level.
 *
 * @param agency       whose IG officers are told
 * @param professional who made the look-ups; {@code null} when the agency's staff together reached the level
 * @param scope        {@code PROFESSIONAL} or {@code AGENCY}
 * @param lookupsToday the look-ups counted so far on {@code day} (UTC), this one included
 * @param alertLevel   the level reached
 * @param dailyLimit   the day's limit, after which look-ups are refused
 */
@Externalized("network.lookups::#{subject()}")
public record UnusualLookupVolume(UUID eventId,
                                  Instant occurredAt,
                                  String agency,
                                  ProfessionalRef professional,
                                  String scope,
                                  LocalDate day,
                                  int lookupsToday,
                                  int alertLevel,
                                  int dailyLimit)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return agency;
    }
}
