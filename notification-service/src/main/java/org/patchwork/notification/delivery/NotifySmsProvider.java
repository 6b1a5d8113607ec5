package org.patchwork.notification.delivery;

import java.util.Map;

/** Text messages through GOV.UK Notify, with a template whose body is {@code ((body))}. */
class NotifySmsProvider implements SmsProvider {

    private final GovUkNotify notify;
    private final String templateId;

    NotifySmsProvider(GovUkNotify notify, String templateId) {
        this.notify = notify;
        this.templateId = templateId;
    }

    @Override
    public String provider() {
        return "notify";
    }

    @Override
    public DeliveryOutcome send(String mobile, OutgoingNotification notification) {
        return notify.handOff(notification, (client, reference) -> client.sendSms(templateId, mobile,
                Map.of("body", SmsProvider.text(notification)), reference).getNotificationId());
    }
}
