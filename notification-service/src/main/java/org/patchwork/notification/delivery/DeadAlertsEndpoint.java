package org.patchwork.notification.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * The operations team's command for alerts that could not be delivered, on the management port only
 * ({@code /actuator/deadalerts}): list them (no addresses), and put one or all back in the queue once the cause is
 * fixed (docs/operations/dead-alerts.md). Every replay is logged.
 */
@Component
@Endpoint(id = "deadalerts")
class DeadAlertsEndpoint {

    private static final Logger log = LoggerFactory.getLogger(DeadAlertsEndpoint.class);
    private static final int MAX_LISTED = 500;

    private final NotificationRepository notifications;
    private final Dispatcher dispatcher;
    private final Clock clock;

    DeadAlertsEndpoint(NotificationRepository notifications, Dispatcher dispatcher, Clock clock) {
        this.notifications = notifications;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @ReadOperation
    List<NotificationRepository.DeadNotification> dead(@Nullable Integer limit) {
        return notifications.dead(Math.clamp(limit == null ? 50 : limit, 1, MAX_LISTED));
    }

    /** Replays every dead alert. */
    @WriteOperation
    Map<String, Integer> replayAll() {
        return replayed(null);
    }

    @WriteOperation
    Map<String, Integer> replay(@Selector UUID id) {
        return replayed(id);
    }

    private Map<String, Integer> replayed(@Nullable UUID id) {
        int replayed = notifications.replayDead(id, clock.instant());
        log.info("Replayed {} dead alert(s){}", replayed, id == null ? "" : " (" + id + ")");
        dispatcher.wakeUp();
        return Map.of("replayed", replayed);
    }
}
