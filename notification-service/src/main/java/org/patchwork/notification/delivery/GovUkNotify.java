package org.patchwork.notification.delivery;

import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import org.patchwork.notification.config.NotificationProperties;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * The GOV.UK Notify API key in use: one client and one send limit, shared by email and SMS (Notify counts them
 * together) and by every instance of the service ({@link NotifySendLimit}). Every message carries its notification's
 * id as Notify's {@code reference}. Notify has no idempotency key (the same reference sent twice is two messages), but
 * it lists what it holds by reference, so a message whose earlier attempt may have got there is looked up first and
 * not sent again when Notify has it.
 */
final class GovUkNotify {

    /** One request to Notify that creates a message, answering Notify's id for it. */
    @FunctionalInterface
    interface Send {
        UUID send(NotificationClient client, String reference) throws NotificationClientException;
    }

    private final NotificationClient client;
    private final NotifySendLimit sendLimit;

    private GovUkNotify(NotificationClient client, NotifySendLimit sendLimit) {
        this.client = client;
        this.sendLimit = sendLimit;
    }

    /** The connection the properties ask for; unusable (and unused) when no provider is {@code notify}. */
    static GovUkNotify of(NotificationProperties properties, DataSource dataSource) {
        if (!properties.usesNotify()) {
            return new GovUkNotify(null, null);
        }
        NotificationProperties.Notify notify = properties.govUkNotify();
        if (notify.apiKey() == null || notify.apiKey().isBlank()) {
            throw new IllegalStateException("patchwork.notifications.notify.api-key must be set to use GOV.UK Notify");
        }
        NotifySendLimit sendLimit = new NotifySendLimit(NotifySendLimit.buckets(dataSource, TimeMeter.SYSTEM_MILLISECONDS),
                NotifySendLimit.KEY, notify.messagesPerMinute());
        return new GovUkNotify(new NotificationClient(notify.apiKey(), notify.baseUrl()), sendLimit);
    }

    /** Hands the notification to Notify once, each request within the rate limit. */
    DeliveryOutcome handOff(OutgoingNotification notification, Send send) {
        String reference = notification.id().toString();
        if (notification.outcomeUnknown()) {
            if (!sendLimit.tryAcquire()) {
                return new DeliveryOutcome.Throttled();
            }
            try {
                Optional<String> earlier = client.getNotifications(null, null, reference, null).getNotifications()
                        .stream()
                        .filter(held -> held.getReference().filter(reference::equals).isPresent())
                        .map(held -> held.getId().toString())
                        .findFirst();
                if (earlier.isPresent()) {
                    return new DeliveryOutcome.Sent(earlier.get());
                }
            } catch (NotificationClientException e) {
                return new DeliveryOutcome.Unknown("Could not ask GOV.UK Notify whether an earlier attempt arrived ("
                        + (e.getHttpResult() == 0 ? "no answer" : e.getHttpResult()) + "): " + e.getMessage());
            }
        }
        if (!sendLimit.tryAcquire()) {
            return new DeliveryOutcome.Throttled();
        }
        try {
            return new DeliveryOutcome.Sent(send.send(client, reference).toString());
        } catch (NotificationClientException e) {
            return NotifyErrors.classify(e);
        }
    }
}
