package org.patchwork.directory.agency;

import java.time.Instant;

/** A sign-in through an agency's new identity provider that reached Patchwork: who, as their agency names them. */
public record TestSignIn(Instant at, String by) {
}
