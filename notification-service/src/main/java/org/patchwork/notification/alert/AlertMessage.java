package org.patchwork.notification.alert;

/** What an alert says: never more about the client than their initials, and a link into Patchwork. */
record AlertMessage(String subject, String body, String link) {
}
