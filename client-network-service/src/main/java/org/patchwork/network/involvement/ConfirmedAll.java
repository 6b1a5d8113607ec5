package org.patchwork.network.involvement;

/** How many of my memberships awaiting confirmation I confirmed at once. */
public record ConfirmedAll(int confirmed) {
}
