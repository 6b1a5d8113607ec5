package org.patchwork.network.client;

public enum ClientStatus {
    OPEN, CLOSED
}
