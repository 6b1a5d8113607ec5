package org.patchwork.schedule.professional;

import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Who a professional is, from the local copy of the directory only: this service never calls the directory, so
 * it keeps answering when the directory is down. A caller the copy does not know is in no network here.
 */
@Service
public class Professionals {

    private final ProfessionalRepository professionals;

    Professionals(ProfessionalRepository professionals) {
        this.professionals = professionals;
    }

    /** The caller, if the directory has told this service about them and they still work for their agency. */
    public Optional<Professional> find(Caller caller) {
        return professionals.findBySubject(caller.subject()).filter(me -> !me.hasLeftTheirAgency());
    }

    /** The caller, for endpoints about the caller's own things; 403 when this service does not know them. */
    public Professional me(Caller caller) {
        return find(caller).orElseThrow(() -> new PatchworkException(HttpStatus.FORBIDDEN, "unknown-professional",
                "Your directory profile has not reached the schedule service yet; try again in a minute."));
    }

    public Optional<Professional> findById(UUID id) {
        return professionals.findById(id);
    }
}
