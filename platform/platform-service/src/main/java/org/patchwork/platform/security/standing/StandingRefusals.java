package org.patchwork.platform.security.standing;

import org.patchwork.platform.problem.PatchworkException;
import org.springframework.http.HttpStatus;

/** The problems every service answers a caller who may no longer use Patchwork with: the same types everywhere. */
public final class StandingRefusals {

    public static final String PROFESSIONAL_LEFT = "professional-left";
    public static final String AGENCY_SUSPENDED = "agency-suspended";

    private StandingRefusals() {
    }

    public static PatchworkException professionalLeft() {
        return new PatchworkException(HttpStatus.FORBIDDEN, PROFESSIONAL_LEFT,
                "Your Patchwork access has ended: your agency has recorded that you left. If this is wrong, ask your"
                        + " agency administrator.");
    }

    public static PatchworkException agencySuspended() {
        return new PatchworkException(HttpStatus.FORBIDDEN, AGENCY_SUSPENDED,
                "Your organisation's access to Patchwork is suspended.");
    }
}
