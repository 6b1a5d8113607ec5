package org.patchwork.notification.delivery;

/** Delivers an email; must answer with an outcome rather than throw. */
interface EmailProvider {

    DeliveryOutcome send(String to, OutgoingNotification notification);
}
