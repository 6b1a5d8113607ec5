package org.patchwork.notification.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.patchwork.notification.delivery.NewNotification;
import org.patchwork.notification.delivery.NotificationRepository;
import org.patchwork.notification.preference.PlannedDelivery;
import org.patchwork.notification.preference.PreferenceRepository;
import org.patchwork.notification.preference.Preferences;
import org.patchwork.notification.professional.ProfessionalRepository;
import org.patchwork.platform.security.standing.DirectoryStanding;
import org.springframework.stereotype.Component;

/**
 * Puts alerts in the notification outbox, in the transaction that consumes their event: one notification per
 * recipient and channel their preferences ask for (now, later or in the digest), none to a professional who left
 * their agency or whose agency is suspended. A notification already recorded for the event, recipient and channel is
 * not recorded again.
 */
@Component
class AlertOutbox {

    private final ProfessionalRepository professionals;
    private final DirectoryStanding standing;
    private final PreferenceRepository preferences;
    private final NotificationRepository notifications;
    private final Clock clock;

    AlertOutbox(ProfessionalRepository professionals, DirectoryStanding standing, PreferenceRepository preferences,
                NotificationRepository notifications, Clock clock) {
        this.professionals = professionals;
        this.standing = standing;
        this.preferences = preferences;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * @param clientId the client the alerts are about; null when about none
     * @return how many notifications were recorded
     */
    int record(UUID eventId, List<Alert> alerts, Function<Alert, AlertMessage> write, UUID clientId,
               Instant occurredAt) {
        List<UUID> recipients = alerts.stream().map(Alert::recipientId).toList();
        Set<UUID> barred = professionals.barredAmong(recipients, standing.suspendedAgencies());
        Map<UUID, Preferences> chosenBy = preferences.of(recipients);
        Instant now = clock.instant();
        int recorded = 0;
        for (Alert alert : alerts) {
            if (barred.contains(alert.recipientId())) {
                continue;
            }
            Preferences chosen = chosenBy.get(alert.recipientId());
            AlertMessage message = write.apply(alert);
            for (PlannedDelivery delivery : chosen.plan(alert.kind(), now)) {
                if (notifications.record(new NewNotification(eventId, alert.recipientId(), delivery.channel(),
                        alert.kind().name(), alert.kind().urgent(), clientId, message.subject(),
                        message.body(), message.link(), delivery.awaitingDigest(), delivery.notBefore(), occurredAt,
                        now))) {
                    recorded++;
                }
            }
        }
        return recorded;
    }
}
