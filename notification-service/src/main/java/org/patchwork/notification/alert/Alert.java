package org.patchwork.notification.alert;

import java.util.UUID;

import org.patchwork.notification.preference.AlertKind;

/** One professional to be told one thing about an event. */
record Alert(UUID recipientId, AlertKind kind) {
}
