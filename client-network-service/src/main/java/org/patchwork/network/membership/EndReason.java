package org.patchwork.network.membership;

/** Why a membership ended. */
public enum EndReason {
    LEFT_NETWORK, REMOVED, LEFT_AGENCY,
    /** The member did not confirm their involvement within the grace period after being asked. */
    NOT_CONFIRMED,
    /** The review date of the member's legal basis passed without a renewal. */
    REVIEW_DATE_PASSED,
    /** The client withdrew the consent the membership rested on. */
    CONSENT_WITHDRAWN
}
