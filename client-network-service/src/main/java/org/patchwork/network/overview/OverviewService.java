package org.patchwork.network.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.patchwork.network.attention.AttentionService;
import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.client.ClientService;
import org.patchwork.network.client.MyClient;
import org.patchwork.network.config.CallerToken;
import org.patchwork.network.membership.ClientAccess;
import org.patchwork.network.membership.NetworkService;
import org.patchwork.network.overview.ScheduleClientFallback.ScheduleUnavailable;
import org.patchwork.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The overview: this service's own part read in one short transaction (and audited), then the schedule's part
 * asked of the schedule service outside it, so that a slow schedule never holds a database connection here. The
 * caseload: this service's own data and its copy of the schedule's events, both local.
 */
@Service
class OverviewService {

    private final NetworkService network;
    private final ClientService clients;
    private final AttentionService attentions;
    private final ScheduleClient schedule;
    private final ScheduleCopy scheduleCopy;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Counter degraded;

    OverviewService(NetworkService network, ClientService clients, AttentionService attentions,
                    ScheduleClient schedule, ScheduleCopy scheduleCopy, AuditLog audit,
                    TransactionTemplate transaction, Clock clock, MeterRegistry meters) {
        this.network = network;
        this.clients = clients;
        this.attentions = attentions;
        this.schedule = schedule;
        this.scheduleCopy = scheduleCopy;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.degraded = Counter.builder("patchwork.overviews.degraded")
                .description("Overviews answered without the schedule's part (the schedule service unavailable)")
                .register(meters);
    }

    ClientOverview overview(Caller caller, UUID clientId) {
        String bearer = CallerToken.bearer();
        ClientOverview local = transaction.execute(status -> {
            ClientAccess access = network.access(caller, clientId);
            audit.record(caller, access.me().id(), AuditAction.OVERVIEW_VIEWED, clientId, null, access.basis(), null);
            return new ClientOverview(clients.view(access), network.members(clientId), attentions.open(clientId),
                    null, access.me().id());
        });
        ClientOverview.Schedule scheduled;
        try {
            scheduled = ClientOverview.Schedule.of(schedule.overview(bearer, clientId));
        } catch (ScheduleUnavailable unavailable) {
            scheduled = ClientOverview.Schedule.unavailable();
            degraded.increment();
        }
        return new ClientOverview(local.client(), local.network(), local.attentions(), scheduled,
                local.myProfessionalId());
    }

    /**
     * My clients with the schedule's parts from this service's copy ({@link ScheduleCopy}): one local read, so the
     * start page does not depend on the schedule service answering.
     */
    MyCaseload caseload(Caller caller) {
        Instant now = clock.instant();
        record Read(List<MyClient> mine, Map<UUID, ScheduleCopy.Summary> summaries) {
        }
        Read read = transaction.execute(status -> {
            List<MyClient> mine = clients.mine(caller);
            return new Read(mine, mine.isEmpty() ? Map.of()
                    : scheduleCopy.summaries(mine.stream().map(MyClient::id).toList(), now));
        });
        Map<UUID, ScheduleCopy.Summary> summaries = read.summaries();
        return new MyCaseload(read.mine().stream()
                .map(client -> entry(client, summaries.get(client.id()), now))
                .sorted(Comparator.comparing((Sorted sorted) -> sorted.unseenSince)
                        .thenComparing(sorted -> sorted.entry.client().familyName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(sorted -> sorted.entry.client().givenName(), String.CASE_INSENSITIVE_ORDER))
                .map(Sorted::entry)
                .toList());
    }

    /**
     * A caseload line and what it is sorted by: when someone last saw the client or, while nobody has, since
     * when the client has been known.
     */
    private static Sorted entry(MyClient client, ScheduleCopy.Summary summary, Instant now) {
        if (summary == null) {
            return new Sorted(new MyCaseload.Entry(client, null, null, null, null), client.registeredAt());
        }
        Instant lastSeen = summary.lastSeenAt();
        return new Sorted(new MyCaseload.Entry(client, summary.nextVisit(), summary.lastContact(), lastSeen,
                lastSeen == null ? null : Math.max(0, Duration.between(lastSeen, now).toDays())),
                lastSeen == null ? client.registeredAt() : lastSeen);
    }

    private record Sorted(MyCaseload.Entry entry, Instant unseenSince) {
    }
}
