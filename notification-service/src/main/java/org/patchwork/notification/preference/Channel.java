package org.patchwork.notification.preference;

/** How one notification reaches its recipient. */
public enum Channel {
    EMAIL,
    SMS
}
