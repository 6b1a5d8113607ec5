package org.patchwork.platform.security.standing;

import java.util.Optional;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;

/**
 * Whether an authenticated caller may still use Patchwork: not once they have left their agency, and not while
 * their agency is suspended from the data sharing agreement. Asked for every authenticated request
 * ({@link StandingFilter}), so an answer must come from memory or one indexed look-up, never a call to another
 * service.
 */
public interface AccessStanding {

    /** Why the caller is refused; empty when they are in good standing. */
    Optional<PatchworkException> refusal(Caller caller);
}
