package org.patchwork.network.network;

public enum JoinedVia {
    REGISTRATION, SELF, INVITATION
}
