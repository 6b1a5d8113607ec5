package org.patchwork.network.network;

public enum EndReason {
    LEFT_NETWORK, REMOVED, LEFT_AGENCY
}
