package org.patchwork.notification.delivery;

/** What a provider made of one notification. */
sealed interface DeliveryOutcome {

    /** The provider accepted it. */
    record Sent(String providerReference) implements DeliveryOutcome {
    }

    /** Worth trying again later: the provider overloaded (429) or failing (5xx), refused connections. */
    record Temporary(String reason) implements DeliveryOutcome {
    }

    /**
     * Tried again later too, but the provider may have taken it without our hearing back: it did not answer in
     * time, or the connection broke mid-call. The next attempt first asks the provider, where the provider can tell.
     */
    record Unknown(String reason) implements DeliveryOutcome {
    }

    /** Trying again cannot help: a rejected request (400, 403), an invalid address, no address at all. */
    record Permanent(String reason) implements DeliveryOutcome {
    }

    /** Not attempted: our own rate limit towards the provider is used up for now. */
    record Throttled() implements DeliveryOutcome {
    }
}
