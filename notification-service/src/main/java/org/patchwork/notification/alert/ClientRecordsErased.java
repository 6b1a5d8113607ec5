package org.patchwork.notification.alert;

import java.util.UUID;

/**
 * The client network service's {@code ClientRecordsErased} (topic {@code network.clients}, v1): a closed client's
 * retention period ended and their records are erased in every service; it names only the client.
 */
record ClientRecordsErased(UUID clientId) {
}
