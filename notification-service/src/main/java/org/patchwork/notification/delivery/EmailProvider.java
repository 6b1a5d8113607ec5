package org.patchwork.notification.delivery;

/** Delivers an email; must answer with an outcome rather than throw. */
interface EmailProvider {

    /** The provider's name in metrics: {@code notify}, {@code smtp} or {@code none}. */
    String provider();

    DeliveryOutcome send(String to, OutgoingNotification notification);
}
