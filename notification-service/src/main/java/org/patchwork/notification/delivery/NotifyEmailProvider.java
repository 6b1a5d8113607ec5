package org.patchwork.notification.delivery;

import java.util.Map;

/** Email through GOV.UK Notify, with a template whose subject is {@code ((subject))} and body {@code ((body))}. */
class NotifyEmailProvider implements EmailProvider {

    private final GovUkNotify notify;
    private final String templateId;
    private final MailTemplates templates;

    NotifyEmailProvider(GovUkNotify notify, String templateId, MailTemplates templates) {
        this.notify = notify;
        this.templateId = templateId;
        this.templates = templates;
    }

    @Override
    public String provider() {
        return "notify";
    }

    @Override
    public DeliveryOutcome send(String to, OutgoingNotification notification) {
        return notify.handOff(notification, (client, reference) -> client.sendEmail(templateId, to,
                Map.of("subject", notification.subject(), "body", templates.text(notification)), reference)
                .getNotificationId());
    }
}
