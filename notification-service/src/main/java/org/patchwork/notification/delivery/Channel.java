package org.patchwork.notification.delivery;

/** How one notification reaches its recipient. */
public enum Channel {
    EMAIL,
    SMS
}
