package org.patchwork.network.client;

/** Why the lead closed a client: a code, so that the reason can be audited and reported without free text. */
public enum ClosureReason {
    SUPPORT_NO_LONGER_NEEDED, MOVED_OUT_OF_AREA, TRANSFERRED_TO_ANOTHER_SERVICE, DIED, OTHER
}
