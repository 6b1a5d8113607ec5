package org.patchwork.notification.delivery;

import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/** Email through GOV.UK Notify, with a template whose subject is {@code ((subject))} and body {@code ((body))}. */
class NotifyEmailProvider implements EmailProvider {

    private final NotificationClient notify;
    private final RateLimiter rateLimiter;
    private final String templateId;
    private final MailTemplates templates;

    NotifyEmailProvider(NotificationClient notify, RateLimiter rateLimiter, String templateId, MailTemplates templates) {
        this.notify = notify;
        this.rateLimiter = rateLimiter;
        this.templateId = templateId;
        this.templates = templates;
    }

    @Override
    public DeliveryOutcome send(String to, OutgoingNotification notification) {
        if (!rateLimiter.acquirePermission()) {
            return new DeliveryOutcome.Throttled();
        }
        try {
            return new DeliveryOutcome.Sent(notify.sendEmail(templateId, to,
                    Map.of("subject", notification.subject(), "body", templates.text(notification)),
                    notification.id().toString()).getNotificationId().toString());
        } catch (NotificationClientException e) {
            return NotifyErrors.classify(e);
        }
    }
}
