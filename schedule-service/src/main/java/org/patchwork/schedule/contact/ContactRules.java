package org.patchwork.schedule.contact;

import java.time.Instant;

import org.patchwork.platform.problem.PatchworkException;
import org.springframework.http.HttpStatus;

/** What a contact may be, and which contacts count as someone having seen the client. */
public final class ContactRules {

    private ContactRules() {
    }

    /** A contact is a fact: it has happened, so it cannot lie in the future. */
    public static void requireHappened(Instant contactedAt, Instant now) {
        if (contactedAt.isAfter(now)) {
            throw new PatchworkException(HttpStatus.BAD_REQUEST, "contact-in-the-future",
                    "A contact is recorded once it has happened; 'contactedAt' is in the future.");
        }
    }

    /**
     * Whether the client was seen: a completed contact face to face or on video. A phone call, a message or a
     * door nobody opened does not show anyone how the client is.
     */
    public static boolean seesTheClient(ContactChannel channel, ContactOutcome outcome) {
        return outcome == ContactOutcome.COMPLETED && channel != ContactChannel.PHONE;
    }
}
