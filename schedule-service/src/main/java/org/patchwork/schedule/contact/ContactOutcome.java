package org.patchwork.schedule.contact;

/** A short code for how the contact went; never case notes. */
public enum ContactOutcome {
    /** The professional saw or spoke with the client. */
    COMPLETED,
    /** A visit where nobody answered the door: a safeguarding signal. */
    NO_ACCESS,
    /** A call nobody answered. */
    NO_ANSWER,
    /** A message left for the client or their family. */
    MESSAGE_LEFT
}
