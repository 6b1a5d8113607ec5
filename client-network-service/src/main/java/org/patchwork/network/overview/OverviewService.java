package org.patchwork.network.overview;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.patchwork.network.attention.AttentionService;
import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.client.ClientService;
import org.patchwork.network.client.MyClient;
import org.patchwork.network.config.CallerToken;
import org.patchwork.network.network.ClientAccess;
import org.patchwork.network.network.NetworkService;
import org.patchwork.network.overview.ScheduleClientFallback.ScheduleUnavailable;
import org.patchwork.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Composes the overview and the caseload: this service's own part read in one short transaction (and audited),
 * then the schedule's part asked of the schedule service outside it, so that a slow schedule never holds a
 * database connection here.
 */
@Service
class OverviewService {

    private final NetworkService network;
    private final ClientService clients;
    private final AttentionService attentions;
    private final ScheduleClient schedule;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    OverviewService(NetworkService network, ClientService clients, AttentionService attentions,
                    ScheduleClient schedule, AuditLog audit, TransactionTemplate transaction) {
        this.network = network;
        this.clients = clients;
        this.attentions = attentions;
        this.schedule = schedule;
        this.audit = audit;
        this.transaction = transaction;
    }

    ClientOverview overview(Caller caller, UUID clientId) {
        String bearer = CallerToken.bearer();
        ClientOverview local = transaction.execute(status -> {
            ClientAccess access = network.access(caller, clientId);
            audit.record(caller, access.me().id(), AuditAction.OVERVIEW_VIEWED, clientId, null, access.basis(), null);
            return new ClientOverview(clients.view(access), network.members(clientId), attentions.open(clientId),
                    null);
        });
        ClientOverview.Schedule scheduled;
        try {
            scheduled = ClientOverview.Schedule.of(schedule.overview(bearer, clientId));
        } catch (ScheduleUnavailable unavailable) {
            scheduled = ClientOverview.Schedule.unavailable();
        }
        return new ClientOverview(local.client(), local.network(), local.attentions(), scheduled);
    }

    MyCaseload caseload(Caller caller) {
        String bearer = CallerToken.bearer();
        List<MyClient> mine = clients.mine(caller);
        if (mine.isEmpty()) {
            return new MyCaseload(List.of(), true, null);
        }
        Map<UUID, ScheduleSummary> summaries;
        try {
            summaries = schedule.caseload(bearer).stream()
                    .collect(Collectors.toMap(ScheduleSummary::clientId, Function.identity(), (first, second) -> first));
        } catch (ScheduleUnavailable unavailable) {
            return new MyCaseload(mine.stream().map(client -> new MyCaseload.Entry(client, null, null, null, null))
                    .toList(), false, ClientOverview.Schedule.UNAVAILABLE);
        }
        return new MyCaseload(mine.stream()
                .map(client -> entry(client, summaries.get(client.id())))
                .sorted(Comparator.comparing((Sorted sorted) -> sorted.unseenSince)
                        .thenComparing(sorted -> sorted.entry.client().familyName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(sorted -> sorted.entry.client().givenName(), String.CASE_INSENSITIVE_ORDER))
                .map(Sorted::entry)
                .toList(), true, null);
    }

    /**
     * A caseload line and what it is sorted by: when someone last saw the client or, while nobody has, since
     * when the client has been known (the schedule may not have heard of a client registered a moment ago).
     */
    private static Sorted entry(MyClient client, ScheduleSummary summary) {
        if (summary == null) {
            return new Sorted(new MyCaseload.Entry(client, null, null, null, null), client.registeredAt());
        }
        Instant unseenSince = summary.unseenSince() == null ? client.registeredAt() : summary.unseenSince();
        return new Sorted(new MyCaseload.Entry(client, summary.nextVisit(), summary.lastContact(),
                summary.lastSeenAt(), summary.daysSinceSeen()), unseenSince);
    }

    private record Sorted(MyCaseload.Entry entry, Instant unseenSince) {
    }
}
