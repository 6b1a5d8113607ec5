package org.patchwork.directory.professional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.patchwork.directory.events.ProfessionalRegistered;
import org.patchwork.directory.events.ProfessionalUpdated;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional's own profile. It exists from their first authenticated call: the token says who they are,
 * which agency vouches for them and how to email them, so nobody has to type that in.
 */
@Service
public class ProfessionalService {

    private final ProfessionalRepository professionals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfessionalService(ProfessionalRepository professionals, ApplicationEventPublisher events, Clock clock) {
        this.professionals = professionals;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Professional me(Caller caller) {
        Instant now = clock.instant();
        return professionals.findBySubject(caller.subject())
                .map(existing -> {
                    professionals.touchLastActive(existing.id(), now);
                    return existing;
                })
                .orElseGet(() -> register(caller, now));
    }

    @Transactional
    public Professional updateMe(Caller caller, ProfileUpdate update) {
        Professional updated = me(caller).withContactDetails(update);
        professionals.updateContactDetails(updated);
        events.publishEvent(ProfessionalUpdated.of(updated, clock.instant()));
        return updated;
    }

    private Professional register(Caller caller, Instant now) {
        if (caller.agency().isEmpty()) {
            throw PatchworkException.forbidden("Your account is not linked to an agency in the data sharing agreement.");
        }
        Professional professional = new Professional(UUID.randomUUID(), caller.subject(), caller.agency(),
                caller.name() == null || caller.name().isBlank() ? caller.email() : caller.name(),
                null, null, null, null, caller.email(), PreferredContact.EMAIL, ProfessionalStatus.ACTIVE, now);
        professionals.insert(professional);
        events.publishEvent(ProfessionalRegistered.of(professional, now));
        return professional;
    }
}
