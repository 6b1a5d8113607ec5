package org.patchwork.notification.alert;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.patchwork.notification.config.NotificationProperties;
import org.patchwork.notification.delivery.Dispatcher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds invitees of invitations that expire soon (by default two days before the 14 days run out): every five
 * minutes on the clock, on one instance of the service.
 */
@Component
class InvitationReminders {

    private final OpenInvitations invitations;
    private final ClientEventAlerts alerts;
    private final NotificationProperties properties;
    private final Clock clock;
    private final Dispatcher dispatcher;

    InvitationReminders(OpenInvitations invitations, ClientEventAlerts alerts, NotificationProperties properties,
                        Clock clock, Dispatcher dispatcher) {
        this.invitations = invitations;
        this.alerts = alerts;
        this.properties = properties;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    @Scheduled(cron = "${patchwork.notifications.invitations.check-cron:0 */5 * * * *}")
    @SchedulerLock(name = "invitation-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    void remindScheduled() {
        remindDue();
    }

    /** @return how many invitees were reminded */
    @Transactional
    int remindDue() {
        var due = invitations.lockDueForReminder(clock.instant(), properties.invitations().remindBefore());
        due.forEach(invitation -> {
            alerts.remind(invitation);
            invitations.markReminded(invitation.invitationId());
        });
        if (!due.isEmpty()) {
            dispatcher.wakeUp();
        }
        return due.size();
    }
}
