package org.patchwork.notification.config;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * How alerts are written and delivered; operations tune these per environment.
 *
 * @param baseUrl          where practitioners sign in; every alert links into it and says nothing more
 * @param emailProvider    who delivers email: {@code smtp} or {@code notify} (GOV.UK Notify)
 * @param smsProvider      who delivers SMS: {@code notify}, or {@code none} where no Notify key exists (local runs);
 *                         SMS alerts then end DEAD with that reason, visible rather than silently dropped
 * @param mailFrom         the From of SMTP email
 * @param govUkNotify      the GOV.UK Notify service ({@code patchwork.notifications.notify.*})
 * @param dispatch         the dispatcher's pace, timeouts and retries
 * @param defaultQuietHours quiet hours for professionals who have not chosen their own
 * @param digest           when the daily digest goes out
 * @param invitations      when an invitee is reminded of an invitation about to expire
 * @param coalesceWithin   an alert of the same kind about the same client (or about no client) to the same
 *                         recipient by the same channel within this time of the last one sent is kept in the history
 *                         as COALESCED instead of being sent again ({@code 0s}: never)
 */
@ConfigurationProperties("patchwork.notifications")
public record NotificationProperties(@DefaultValue("http://127.0.0.1:8080") String baseUrl,
                                     @DefaultValue("smtp") String emailProvider,
                                     @DefaultValue("none") String smsProvider,
                                     @DefaultValue("Patchwork <alerts@patchwork.example>") String mailFrom,
                                     @DefaultValue @Name("notify") Notify govUkNotify,
                                     @DefaultValue Dispatch dispatch,
                                     @DefaultValue QuietHours defaultQuietHours,
                                     @DefaultValue Digest digest,
                                     @DefaultValue Invitations invitations,
                                     @DefaultValue("10m") Duration coalesceWithin) {

    public static final String SMTP = "smtp";
    public static final String NOTIFY = "notify";
    public static final String NONE = "none";

    public boolean usesNotify() {
        return NOTIFY.equals(emailProvider) || NOTIFY.equals(smsProvider);
    }

    /**
     * @param baseUrl           the Notify API (tests point it at WireMock)
     * @param apiKey            the service's API key ({@code name-serviceId-secret})
     * @param emailTemplateId   a template whose subject is {@code ((subject))} and body {@code ((body))}
     * @param smsTemplateId     a template whose body is {@code ((body))}
     * @param messagesPerMinute Notify's limit per API key (3,000 a minute)
     */
    public record Notify(@DefaultValue("https://api.notifications.service.gov.uk") String baseUrl,
                         @DefaultValue("") String apiKey,
                         @DefaultValue("") String emailTemplateId,
                         @DefaultValue("") String smsTemplateId,
                         @DefaultValue("3000") int messagesPerMinute) {
    }

    /**
     * @param pollEvery       how often the dispatcher looks for alerts due
     * @param batchSize       the most alerts one look claims
     * @param workers         how many provider calls run at once
     * @param providerTimeout the longest one provider call may take before it counts as failed (and is retried)
     * @param lease           how long a claimed alert is left to its worker before another may take it (a crash)
     * @param initialBackoff  the wait before the first retry; it doubles per attempt, with jitter
     * @param maxBackoff      the longest wait between attempts
     * @param jitter          the share of each wait drawn at random (0..1), so retries of many alerts spread out
     * @param giveUpAfter     how long a temporarily failing alert keeps being retried before it is DEAD
     */
    public record Dispatch(@DefaultValue("500ms") Duration pollEvery,
                           @DefaultValue("50") int batchSize,
                           @DefaultValue("16") int workers,
                           @DefaultValue("10s") Duration providerTimeout,
                           @DefaultValue("2m") Duration lease,
                           @DefaultValue("5s") Duration initialBackoff,
                           @DefaultValue("10m") Duration maxBackoff,
                           @DefaultValue("0.5") double jitter,
                           @DefaultValue("24h") Duration giveUpAfter) {
    }

    public record QuietHours(@DefaultValue("21:00") LocalTime from,
                             @DefaultValue("07:00") LocalTime until,
                             @DefaultValue("Europe/London") ZoneId timeZone) {
    }

    /** @param cron when the digest of low-priority alerts is sent, in {@code zone} */
    public record Digest(@DefaultValue("0 0 8 * * *") String cron,
                         @DefaultValue("Europe/London") ZoneId zone) {
    }

    /**
     * @param lifetime       how long after sending an invitation expires, when the event does not say
     * @param remindBefore   how long before expiry the invitee is reminded
     * @param checkCron      when open invitations are checked for a reminder (every five minutes on the clock)
     */
    public record Invitations(@DefaultValue("14d") Duration lifetime,
                              @DefaultValue("2d") Duration remindBefore,
                              @DefaultValue("0 */5 * * * *") String checkCron) {
    }
}
