package org.patchwork.notification.delivery;

/** Delivers a text message; must answer with an outcome rather than throw. */
interface SmsProvider {

    /** The provider's name in metrics: {@code notify}, {@code smtp} or {@code none}. */
    String provider();

    DeliveryOutcome send(String mobile, OutgoingNotification notification);

    /** The text of an SMS: what happened and the link, nothing else. */
    static String text(OutgoingNotification notification) {
        return notification.body() + " Sign in to view: " + notification.link();
    }
}
