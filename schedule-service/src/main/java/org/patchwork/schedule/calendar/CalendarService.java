package org.patchwork.schedule.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.patchwork.platform.security.standing.DirectoryStanding;
import org.patchwork.schedule.audit.AccessAction;
import org.patchwork.schedule.audit.AccessLog;
import org.patchwork.schedule.config.ScheduleProperties;
import org.patchwork.schedule.professional.Professional;
import org.patchwork.schedule.professional.Professionals;
import org.patchwork.schedule.visit.VisitService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendars of visits: a download for the signed-in professional, and a secret URL their calendar
 * app polls without signing in. The URL works until it is regenerated or revoked, or its owner leaves their
 * agency, and not while their agency is suspended; it only ever shows visits to clients whose networks the owner is
 * still in.
 */
@Service
class CalendarService {

    static final String NO_SUCH_FEED = "No such calendar.";

    private final CalendarFeedRepository feeds;
    private final Professionals professionals;
    private final VisitService visits;
    private final AccessLog accessLog;
    private final ScheduleProperties properties;
    private final DirectoryStanding standing;
    private final Clock clock;

    CalendarService(CalendarFeedRepository feeds, Professionals professionals, VisitService visits,
                    AccessLog accessLog, ScheduleProperties properties, DirectoryStanding standing, Clock clock) {
        this.feeds = feeds;
        this.professionals = professionals;
        this.visits = visits;
        this.accessLog = accessLog;
        this.properties = properties;
        this.standing = standing;
        this.clock = clock;
    }

    @Transactional
    CalendarFeed createFeed(Caller caller) {
        Professional me = professionals.me(caller);
        String token = FeedTokens.newToken();
        Instant now = clock.instant();
        feeds.replace(me.id(), FeedTokens.hash(token), now);
        return new CalendarFeed(properties.publicBaseUrl().replaceAll("/+$", "") + "/api/calendar/" + token + ".ics",
                now);
    }

    @Transactional
    void revokeFeed(Caller caller) {
        if (!feeds.delete(professionals.me(caller).id())) {
            throw PatchworkException.notFound("You have no calendar feed to revoke.");
        }
    }

    @Transactional
    String myCalendar(Caller caller) {
        Professional me = professionals.me(caller);
        accessLog.record(me, AccessAction.CALENDAR_DOWNLOADED, null);
        return CalendarRenderer.render(visits.calendarOf(me.id()));
    }

    @Transactional
    CalendarFeedStatus feedStatus(Caller caller) {
        return feeds.createdAt(professionals.me(caller).id())
                .map(createdAt -> new CalendarFeedStatus(true, createdAt))
                .orElseGet(() -> new CalendarFeedStatus(false, null));
    }

    @Transactional
    String feed(String token) {
        Optional<UUID> ownerId = FeedTokens.looksLikeAToken(token) ? feeds.ownerOf(FeedTokens.hash(token))
                : Optional.empty();
        Professional owner = ownerId.flatMap(professionals::findById)
                .filter(professional -> !professional.hasLeftTheirAgency()
                        && !standing.isSuspended(professional.agency()))
                .orElseThrow(() -> PatchworkException.notFound(NO_SUCH_FEED));
        accessLog.record(owner, AccessAction.CALENDAR_FEED_READ, null);
        return CalendarRenderer.render(visits.calendarOf(owner.id()));
    }
}
