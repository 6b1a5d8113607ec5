package org.patchwork.network.client;

import org.patchwork.platform.problem.PatchworkException;
import org.springframework.http.HttpStatus;

/** A client with the same family name and date of birth is already known: look them up before registering. */
class PossibleDuplicate extends PatchworkException {

    PossibleDuplicate() {
        super(HttpStatus.CONFLICT, "possible-duplicate", "A client with this family name and date of birth is "
                + "already known to Patchwork. Look them up and ask to join their team; if this is a different "
                + "person, say so and register them again.");
    }
}
