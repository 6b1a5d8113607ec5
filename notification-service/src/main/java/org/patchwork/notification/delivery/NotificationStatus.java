package org.patchwork.notification.delivery;

/**
 * Where one notification is: PENDING, then SENDING while a worker holds it, then SENT; FAILED while a temporary
 * failure is retried; DEAD when it cannot be delivered. AWAITING_DIGEST ones go out together in the daily digest
 * and are then DIGESTED. COALESCED ones are never sent: an alert of the same kind about the same client had just
 * gone to the same recipient by the same channel.
 */
public enum NotificationStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    DEAD,
    AWAITING_DIGEST,
    DIGESTED,
    COALESCED
}
