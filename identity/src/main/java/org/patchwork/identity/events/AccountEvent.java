package org.patchwork.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact about a Patchwork account that only Keycloak knows, published on {@code identity.accounts} as a
 * CloudEvent of type {@code org.patchwork.<record name>}, keyed by the Keycloak user id.
 */
public sealed interface AccountEvent permits AccountFirstLogin, AccountDisabled {

    /** Unique per fact; the CloudEvents {@code id}. */
    UUID eventId();

    /** When Keycloak recorded the fact; the CloudEvents {@code time}. */
    Instant occurredAt();

    /** The Keycloak user id (the {@code sub} of the user's tokens); the CloudEvents {@code subject} and the key. */
    String keycloakSubject();
}
