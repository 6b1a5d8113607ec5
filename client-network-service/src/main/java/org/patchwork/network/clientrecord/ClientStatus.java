package org.patchwork.network.clientrecord;

public enum ClientStatus {
    OPEN, CLOSED
}
