package org.patchwork.notification.delivery;

import uk.gov.service.notify.NotificationClientException;

/**
 * Which GOV.UK Notify errors are worth retrying: rate limiting (429), Notify failing (5xx), no answer at all (which
 * may also mean Notify took the message and the answer was lost).
 */
final class NotifyErrors {

    private NotifyErrors() {
    }

    static DeliveryOutcome classify(NotificationClientException e) {
        int status = e.getHttpResult();
        if (status == 0) {
            return new DeliveryOutcome.Unknown("GOV.UK Notify answered nothing: " + e.getMessage());
        }
        String reason = "GOV.UK Notify answered " + status + ": " + e.getMessage();
        return status == 429 || status >= 500
                ? new DeliveryOutcome.Temporary(reason)
                : new DeliveryOutcome.Permanent(reason);
    }
}
