package org.patchwork.network.attention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.config.NetworkProperties;
import org.patchwork.network.events.AttentionRaised;
import org.patchwork.network.membership.ClientAccess;
import org.patchwork.network.membership.NetworkService;
import org.patchwork.network.membership.NetworkSnapshot;
import org.patchwork.platform.limits.RateLimits;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.problem.TooManyRequests;
import org.patchwork.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attentions: a member tells the whole network something short, normal or urgent. One professional raises at most
 * {@code patchwork.network.attentions-per-hour} for one client in an hour (counted in the database), so a burst
 * cannot flood the team's inboxes and phones.
 */
@Service
public class AttentionService {

    private final AttentionRepository attentions;
    private final NetworkService network;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RateLimits limits;
    private final int attentionsPerHour;

    AttentionService(AttentionRepository attentions, NetworkService network, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock, RateLimits limits, NetworkProperties properties) {
        this.limits = limits;
        this.attentionsPerHour = properties.attentionsPerHour();
        this.attentions = attentions;
        this.network = network;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    AttentionView raise(Caller caller, UUID clientId, RaiseAttention request) {
        ClientAccess access = network.accessToChange(caller, clientId);
        RateLimits.Use use = limits.take(List.of(new RateLimits.Limit("attention:" + caller.subject() + ":" + clientId,
                attentionsPerHour, Duration.ofHours(1))));
        if (!use.allowed()) {
            throw new TooManyRequests("too-many-attentions", use.retryAfter(), "You have raised "
                    + attentionsPerHour + " attentions for this client in the last hour, the most there may be. Try "
                    + "again in " + (TooManyRequests.seconds(use.retryAfter()) + 59) / 60
                    + " min, or phone the team if it cannot wait.");
        }
        Instant now = clock.instant();
        Attention attention = new Attention(UUID.randomUUID(), clientId, access.me().id(), request.priority(),
                request.message().strip(), now);
        attentions.insert(attention);
        audit.record(caller, access.me().id(), AuditAction.ATTENTION_RAISED, clientId, null, access.basis(),
                request.priority().name());
        NetworkSnapshot snapshot = network.snapshot(access.client());
        events.publishEvent(new AttentionRaised(UUID.randomUUID(), now, clientId, snapshot.clientInitials(),
                access.me().id(), attention.id(), access.me().ref(), attention.priority().name(),
                snapshot.memberIds(), snapshot.leadProfessionalId()));
        return new AttentionView(attention.id(), clientId, access.me().id(), access.me().name(), access.me().agency(),
                attention.priority(), attention.message(), attention.raisedAt(), null, null);
    }

    /** The open attentions a client page shows, for a member already let in, without recording another read. */
    public List<AttentionView> open(UUID clientId) {
        return attentions.open(clientId);
    }

    /** A member marks an attention as dealt with; it stays listed, no longer open. */
    @Transactional
    AttentionView resolve(Caller caller, UUID clientId, UUID attentionId) {
        ClientAccess access = network.accessToChange(caller, clientId);
        attentions.find(clientId, attentionId)
                .orElseThrow(() -> PatchworkException.notFound("No such attention on this client."));
        if (!attentions.resolve(clientId, attentionId, access.me().id(), clock.instant())) {
            throw PatchworkException.conflict("This attention has already been marked as dealt with.");
        }
        audit.record(caller, access.me().id(), AuditAction.ATTENTION_RESOLVED, clientId, null, access.basis(),
                attentionId.toString());
        return attentions.find(clientId, attentionId).orElseThrow();
    }

    @Transactional
    List<AttentionView> list(Caller caller, UUID clientId) {
        ClientAccess access = network.access(caller, clientId);
        audit.record(caller, access.me().id(), AuditAction.ATTENTIONS_VIEWED, clientId, null, access.basis(), null);
        return attentions.latest(clientId);
    }
}
