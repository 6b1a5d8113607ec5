package org.patchwork.notification.alert;

import java.util.UUID;

/** One professional to be told one thing about an event. */
record Alert(UUID recipientId, AlertKind kind) {
}
