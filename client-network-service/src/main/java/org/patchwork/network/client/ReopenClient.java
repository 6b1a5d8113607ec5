package org.patchwork.network.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Reopening a closed client: a coded reason, and optionally a short note kept with the client. */
record ReopenClient(@NotNull ReopeningReason reason, @Size(max = 500) String note) {
}
