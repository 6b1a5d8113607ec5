package org.patchwork.network.attention;

public enum Priority {
    NORMAL, URGENT
}
