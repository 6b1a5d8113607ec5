package org.patchwork.directory.professional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * which agency vouches for them and how to email them, so nobody has to type that in. When their agency's
 * administrator entered them beforehand, that entry becomes theirs (matched on work email within the agency)
 * rather than a second one.
 */
@Service
public class ProfessionalService {

    private final ProfessionalRepository professionals;
    private final ApplicationEventPublisher events;
    private final ContactCards cards;
    private final Clock clock;

    ProfessionalService(ProfessionalRepository professionals, ApplicationEventPublisher events,
                        ContactCards cards, Clock clock) {
        this.professionals = professionals;
        this.events = events;
        this.cards = cards;
        this.clock = clock;
    }

    public Professional get(UUID id) {
        return professionals.findById(id)
                .orElseThrow(() -> PatchworkException.notFound("No professional with id " + id + "."));
    }

    /** A professional as the caller may see them ({@link ProfessionalView#seenBy}). */
    public ProfessionalView seenBy(Caller caller, UUID id) {
        Professional professional = get(id);
        return ProfessionalView.seenBy(caller, professional, cards.agencyOf(professional));
    }

    @Transactional
    public Professional me(Caller caller) {
        Instant now = clock.instant();
        return professionals.findBySubject(caller.subject())
                .map(existing -> {
                    professionals.touchLastActive(existing.id(), now);
                    return signedIn(existing, caller, now);
                })
                .orElseGet(() -> linkOrRegister(caller, now));
    }

    @Transactional
    public Professional updateMe(Caller caller, ProfileUpdate update) {
        Professional updated = me(caller).withContactDetails(update);
        professionals.update(updated);
        events.publishEvent(ProfessionalUpdated.of(cards.of(updated), clock.instant()));
        return updated;
    }

    /** Keeps the name and the IG officer role in step with what the organisation's sign-in says. */
    private Professional signedIn(Professional existing, Caller caller, Instant now) {
        Professional current = existing.signedInAs(caller.name(), caller.hasRole(Caller.IG_OFFICER));
        if (current.equals(existing)) {
            return existing;
        }
        professionals.update(current);
        events.publishEvent(ProfessionalUpdated.of(cards.of(current), now));
        return current;
    }

    private Professional linkOrRegister(Caller caller, Instant now) {
        if (caller.agency().isEmpty()) {
            throw PatchworkException.forbidden("Your account is not linked to an agency in the data sharing agreement.");
        }
        if (caller.email() != null && !caller.email().isBlank()) {
            var preCreated = professionals.findByEmail(caller.agency(), caller.email());
            if (preCreated.isPresent()) {
                return link(preCreated.get(), caller, now);
            }
        }
        Professional professional = new Professional(UUID.randomUUID(), caller.subject(), caller.agency(),
                caller.name() == null || caller.name().isBlank() ? caller.email() : caller.name(),
                null, null, null, null, caller.email(), PreferredContact.EMAIL, List.of(), ProfessionalStatus.ACTIVE,
                now, caller.hasRole(Caller.IG_OFFICER), false);
        professionals.insert(professional);
        events.publishEvent(ProfessionalRegistered.of(cards.of(professional), now));
        return professional;
    }

    private Professional link(Professional preCreated, Caller caller, Instant now) {
        if (preCreated.keycloakSubject() != null) {
            throw PatchworkException.conflict("Another account of your agency already uses your email address in"
                    + " the directory; ask your agency administrator to correct it.");
        }
        Professional linked = preCreated.linkedTo(caller.subject(), now)
                .signedInAs(caller.name(), caller.hasRole(Caller.IG_OFFICER));
        professionals.update(linked);
        events.publishEvent(ProfessionalUpdated.of(cards.of(linked), now));
        return linked;
    }
}
