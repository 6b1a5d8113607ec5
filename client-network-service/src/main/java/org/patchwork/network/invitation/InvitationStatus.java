package org.patchwork.network.invitation;

public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, EXPIRED
}
