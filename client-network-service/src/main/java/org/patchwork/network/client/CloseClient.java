package org.patchwork.network.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Closing a client: a coded reason, and optionally a short note kept with the client (never published, erased with
 * the client's records).
 */
record CloseClient(@NotNull ClosureReason reason, @Size(max = 500) String note) {
}
