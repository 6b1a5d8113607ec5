package org.patchwork.directory.professional;

import java.util.Optional;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.patchwork.platform.security.standing.AccessStanding;
import org.patchwork.platform.security.standing.StandingRefusals;
import org.springframework.stereotype.Component;

/**
 * The directory holds the original of who has left, so it refuses a leaver from its own table (one indexed look-up)
 * the moment their agency marks them, rather than from a copy of its own events. (Suspended agencies are refused by
 * the agency check of every directory endpoint.)
 */
@Component
class LeaverStanding implements AccessStanding {

    private final ProfessionalRepository professionals;

    LeaverStanding(ProfessionalRepository professionals) {
        this.professionals = professionals;
    }

    @Override
    public Optional<PatchworkException> refusal(Caller caller) {
        return professionals.hasLeft(caller.subject())
                ? Optional.of(StandingRefusals.professionalLeft()) : Optional.empty();
    }
}
