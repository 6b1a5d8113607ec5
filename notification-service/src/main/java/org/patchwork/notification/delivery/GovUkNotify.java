package org.patchwork.notification.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.patchwork.notification.config.NotificationProperties;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * The GOV.UK Notify API key in use: one client and one rate limiter, shared by email and SMS (Notify counts them
 * together). Every message carries its notification's id as Notify's {@code reference}. Notify has no idempotency
 * key (the same reference sent twice is two messages), but it lists what it holds by reference, so a message whose
 * earlier attempt may have got there is looked up first and not sent again when Notify has it.
 */
final class GovUkNotify {

    /** One request to Notify that creates a message, answering Notify's id for it. */
    @FunctionalInterface
    interface Send {
        UUID send(NotificationClient client, String reference) throws NotificationClientException;
    }

    private final NotificationClient client;
    private final RateLimiter rateLimiter;

    private GovUkNotify(NotificationClient client, RateLimiter rateLimiter) {
        this.client = client;
        this.rateLimiter = rateLimiter;
    }

    /** The connection the properties ask for; unusable (and unused) when no provider is {@code notify}. */
    static GovUkNotify of(NotificationProperties properties) {
        if (!properties.usesNotify()) {
            return new GovUkNotify(null, null);
        }
        NotificationProperties.Notify notify = properties.govUkNotify();
        if (notify.apiKey() == null || notify.apiKey().isBlank()) {
            throw new IllegalStateException("patchwork.notifications.notify.api-key must be set to use GOV.UK Notify");
        }
        RateLimiter rateLimiter = RateLimiter.of("gov-uk-notify", RateLimiterConfig.custom()
                // Spread over the minute, so a backlog drains steadily instead of in one burst a minute.
                .limitForPeriod(Math.max(1, notify.messagesPerMinute() / 60))
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofSeconds(2))
                .build());
        return new GovUkNotify(new NotificationClient(notify.apiKey(), notify.baseUrl()), rateLimiter);
    }

    /** Hands the notification to Notify once, each request within the rate limit. */
    DeliveryOutcome handOff(OutgoingNotification notification, Send send) {
        String reference = notification.id().toString();
        if (notification.outcomeUnknown()) {
            if (!rateLimiter.acquirePermission()) {
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
        if (!rateLimiter.acquirePermission()) {
            return new DeliveryOutcome.Throttled();
        }
        try {
            return new DeliveryOutcome.Sent(send.send(client, reference).toString());
        } catch (NotificationClientException e) {
            return NotifyErrors.classify(e);
        }
    }
}
