package org.patchwork.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.patchwork.notification.config.NotificationProperties;
import org.patchwork.notification.preference.AlertKind;
import org.patchwork.notification.preference.Channel;
import org.patchwork.platform.jdbc.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, gathers each professional's low-priority alerts that wait for the digest into one email. The digest
 * of a day has a fixed event id per recipient, so running the job twice (a restart) still sends one; and only one
 * instance runs each day's job.
 */
@Component
public class DailyDigest {

    private final JdbcClient jdbc;
    private final NotificationRepository notifications;
    private final NotificationProperties properties;
    private final Clock clock;
    private final Dispatcher dispatcher;

    DailyDigest(JdbcClient jdbc, NotificationRepository notifications, NotificationProperties properties, Clock clock,
                Dispatcher dispatcher) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    @Scheduled(cron = "${patchwork.notifications.digest.cron:0 0 8 * * *}",
            zone = "${patchwork.notifications.digest.zone:Europe/London}")
    @SchedulerLock(name = "daily-digest", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    void sendDailyDigests() {
        sendDigests(LocalDate.now(clock.withZone(properties.digest().zone())));
    }

    /** Records the digest of {@code day} for everyone with alerts waiting; returns how many digests. */
    @Transactional
    public int sendDigests(LocalDate day) {
        List<UUID> recipients = jdbc.sql("SELECT DISTINCT recipient_id FROM notification WHERE status = 'AWAITING_DIGEST'")
                .query(UUID.class).list();
        int digests = 0;
        for (UUID recipient : recipients) {
            List<Waiting> waiting = jdbc.sql("""
                            SELECT id, body, link FROM notification
                            WHERE recipient_id = :recipient AND status = 'AWAITING_DIGEST'
                            ORDER BY created_at FOR UPDATE SKIP LOCKED""")
                    .param("recipient", recipient).query(Rows.of(Waiting.class)).list();
            if (waiting.isEmpty()) {
                continue;
            }
            UUID digestEvent = UUID.nameUUIDFromBytes(("daily-digest:" + recipient + ":" + day)
                    .getBytes(StandardCharsets.UTF_8));
            String body = "What changed in the teams you are part of:\n" + waiting.stream()
                    .map(item -> "• " + item.body() + " " + item.link()).collect(Collectors.joining("\n"));
            boolean recorded = notifications.record(new NewNotification(digestEvent, recipient, Channel.EMAIL,
                    AlertKind.DAILY_DIGEST.name(), false, null,
                    "Patchwork: your daily summary (" + waiting.size() + (waiting.size() == 1 ? " update)" : " updates)"),
                    body, properties.baseUrl(), false, clock.instant(), null, clock.instant()));
            if (recorded) {
                jdbc.sql("""
                                UPDATE notification SET status = 'DIGESTED',
                                    digest_id = (SELECT id FROM notification WHERE event_id = :digestEvent
                                                 AND recipient_id = :recipient AND channel = 'EMAIL')
                                WHERE id IN (:ids)""")
                        .param("digestEvent", digestEvent).param("recipient", recipient)
                        .param("ids", waiting.stream().map(Waiting::id).toList())
                        .update();
                digests++;
            }
        }
        if (digests > 0) {
            dispatcher.wakeUp();
        }
        return digests;
    }

    private record Waiting(UUID id, String body, String link) {
    }
}
