package org.patchwork.network.membership;

public enum NetworkRole {
    LEAD, MEMBER
}
