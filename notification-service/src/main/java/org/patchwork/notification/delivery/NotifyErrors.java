package org.patchwork.notification.delivery;

import uk.gov.service.notify.NotificationClientException;

/** Which GOV.UK Notify errors are worth retrying: rate limiting (429), Notify failing (5xx), no answer at all. */
final class NotifyErrors {

    private NotifyErrors() {
    }

    static DeliveryOutcome classify(NotificationClientException e) {
        int status = e.getHttpResult();
        String reason = "GOV.UK Notify answered " + (status == 0 ? "nothing" : status) + ": " + e.getMessage();
        return status == 0 || status == 429 || status >= 500
                ? new DeliveryOutcome.Temporary(reason)
                : new DeliveryOutcome.Permanent(reason);
    }
}
