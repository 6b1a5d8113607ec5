package org.patchwork.network.client;

/** Why the lead reopened a closed client. */
public enum ReopeningReason {
    NEW_CONCERN, SUPPORT_NEEDED_AGAIN, CLOSED_IN_ERROR, OTHER
}
