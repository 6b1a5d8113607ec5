package org.patchwork.network.membership;

public enum JoinedVia {
    REGISTRATION, SELF, INVITATION
}
