package org.patchwork.notification.alert;

import java.time.Clock;

import org.patchwork.notification.config.NotificationProperties;
import org.patchwork.notification.delivery.Dispatcher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reminds invitees of invitations that expire soon (by default two days before the 14 days run out). */
@Component
class InvitationReminders {

    private final OpenInvitations invitations;
    private final AlertRecorder recorder;
    private final NotificationProperties properties;
    private final Clock clock;
    private final Dispatcher dispatcher;

    InvitationReminders(OpenInvitations invitations, AlertRecorder recorder, NotificationProperties properties,
                        Clock clock, Dispatcher dispatcher) {
        this.invitations = invitations;
        this.recorder = recorder;
        this.properties = properties;
        this.clock = clock;
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${patchwork.notifications.invitations.check-every:5m}")
    void remindScheduled() {
        remindDue();
    }

    /** @return how many invitees were reminded */
    @Transactional
    int remindDue() {
        var due = invitations.lockDueForReminder(clock.instant(), properties.invitations().remindBefore());
        due.forEach(invitation -> {
            recorder.remind(invitation);
            invitations.markReminded(invitation.invitationId());
        });
        if (!due.isEmpty()) {
            dispatcher.wakeUp();
        }
        return due.size();
    }
}
