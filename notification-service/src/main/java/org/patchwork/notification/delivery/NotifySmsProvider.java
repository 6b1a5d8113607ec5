package org.patchwork.notification.delivery;

import java.util.Map;

import io.github.resilience4j.ratelimiter.RateLimiter;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/** Text messages through GOV.UK Notify, with a template whose body is {@code ((body))}. */
class NotifySmsProvider implements SmsProvider {

    private final NotificationClient notify;
    private final RateLimiter rateLimiter;
    private final String templateId;

    NotifySmsProvider(NotificationClient notify, RateLimiter rateLimiter, String templateId) {
        this.notify = notify;
        this.rateLimiter = rateLimiter;
        this.templateId = templateId;
    }

    @Override
    public DeliveryOutcome send(String mobile, OutgoingNotification notification) {
        if (!rateLimiter.acquirePermission()) {
            return new DeliveryOutcome.Throttled();
        }
        try {
            return new DeliveryOutcome.Sent(notify.sendSms(templateId, mobile,
                    Map.of("body", SmsProvider.text(notification)), notification.id().toString())
                    .getNotificationId().toString());
        } catch (NotificationClientException e) {
            return NotifyErrors.classify(e);
        }
    }
}
