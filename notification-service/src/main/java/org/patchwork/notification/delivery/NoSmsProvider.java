package org.patchwork.notification.delivery;

/** Where no SMS provider is configured (a local run without a Notify key): each SMS ends DEAD, saying why. */
class NoSmsProvider implements SmsProvider {

    @Override
    public String provider() {
        return "none";
    }

    @Override
    public DeliveryOutcome send(String mobile, OutgoingNotification notification) {
        return new DeliveryOutcome.Permanent("No SMS provider is configured (patchwork.notifications.sms-provider=none)");
    }
}
