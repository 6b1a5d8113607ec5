package org.patchwork.network.network;

public enum NetworkRole {
    LEAD, MEMBER
}
