package org.patchwork.notification.preference;

/**
 * The kinds of alert a professional can choose a channel for. Urgent ones may send SMS during quiet hours;
 * low-priority ones may wait for the daily digest.
 */
public enum AlertKind {

    INVITATION_RECEIVED(false, false),
    INVITATION_EXPIRING(false, false),
    INVITATION_EXPIRED(false, false),
    MEMBER_JOINED(false, true),
    JOIN_NEEDS_REVIEW(false, false),
    MEMBER_LEFT(false, true),
    REMOVED_FROM_NETWORK(false, false),
    LEAD_CHANGED(false, false),
    REPLACEMENT_NEEDED(false, false),
    ATTENTION(false, false),
    URGENT_ATTENTION(true, false),
    VISIT_CHANGED(false, true),
    VISIT_ARRANGED_FOR_YOU(false, false),
    NO_ACCESS(true, false),
    CLIENT_NOT_SEEN(false, false),
    VISIT_CLASH(false, false),
    /** To a member who has not confirmed their involvement for their agency's period: are you still involved? */
    CONFIRM_INVOLVEMENT(false, false),
    /** To a member whose legal basis's review date is near: renew it, or the membership lapses. */
    LEGAL_BASIS_REVIEW_DUE(false, false),
    /** To a professional whose membership ended without their choosing (it lapsed, or consent was withdrawn). */
    MEMBERSHIP_ENDED(false, false),
    /** To the members who remain, on a statutory basis, after the client withdrew consent. */
    CONSENT_WITHDRAWN(false, false),
    /** To an agency's IG officers: one of their staff, or all together, made unusually many client look-ups. */
    UNUSUAL_LOOKUPS(false, false),
    /** The once-a-day email gathering low-priority alerts; not a choice of its own. */
    DAILY_DIGEST(false, false);

    private final boolean urgent;
    private final boolean lowPriority;

    AlertKind(boolean urgent, boolean lowPriority) {
        this.urgent = urgent;
        this.lowPriority = lowPriority;
    }

    public boolean urgent() {
        return urgent;
    }

    public boolean lowPriority() {
        return lowPriority;
    }

    public boolean choosable() {
        return this != DAILY_DIGEST;
    }
}
