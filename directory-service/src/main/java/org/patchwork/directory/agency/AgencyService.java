package org.patchwork.directory.agency;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

import org.patchwork.directory.events.AgencyOnboarded;
import org.patchwork.directory.events.AgencySummary;
import org.patchwork.directory.events.AgencySuspended;
import org.patchwork.directory.events.AgencyUpdated;
import org.patchwork.platform.events.IntegrationEvent;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agencies in the data sharing agreement. Every change that others should know about is published once,
 * in the same transaction; asking for a change that is already so changes nothing and publishes nothing.
 */
@Service
public class AgencyService {

    private final AgencyRepository agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgencyService(AgencyRepository agencies, ApplicationEventPublisher events, Clock clock) {
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Agency> find(String code) {
        return agencies.find(code);
    }

    public Agency get(String code) {
        return agencies.find(code).orElseThrow(() -> PatchworkException.notFound("No agency '" + code + "'."));
    }

    @Transactional
    public Agency onboard(Caller caller, AgencyRegistration registration) {
        AgencyRules.requirePlatformAdmin(caller);
        Agency agency = registration.toAgency();
        if (!agencies.insert(agency)) {
            throw PatchworkException.conflict("Agency '" + agency.code() + "' is already in the directory.");
        }
        events.publishEvent(AgencyOnboarded.of(agency.summary(), clock.instant()));
        return agency;
    }

    @Transactional
    public Agency updateDetails(Caller caller, String code, AgencyDetails details) {
        AgencyRules.requireMayEditDetails(caller, code);
        Agency current = lockedOrNotFound(code);
        Agency updated = current.withDetails(details);
        if (!updated.equals(current)) {
            agencies.updateDetails(updated);
            events.publishEvent(AgencyUpdated.of(updated.summary(), clock.instant()));
        }
        return updated;
    }

    /** The agency's duty contact, set by its own administrators (or a platform administrator). */
    @Transactional
    public Agency updateDutyContact(Caller caller, String code, DutyContact duty) {
        AgencyRules.requireMayEditDetails(caller, code);
        Agency current = lockedOrNotFound(code);
        Agency updated = current.withDutyContact(duty);
        if (!updated.equals(current)) {
            agencies.updateDutyContact(updated);
            events.publishEvent(AgencyUpdated.of(updated.summary(), clock.instant()));
        }
        return updated;
    }

    @Transactional
    public Agency suspend(Caller caller, String code) {
        return changeStatus(caller, code, AgencyStatus.SUSPENDED, AgencySuspended::of);
    }

    /** Lets a suspended agency back in; to other services it is onboarded again. */
    @Transactional
    public Agency reinstate(Caller caller, String code) {
        return changeStatus(caller, code, AgencyStatus.ONBOARDED, AgencyOnboarded::of);
    }

    private Agency changeStatus(Caller caller, String code, AgencyStatus status,
                                BiFunction<AgencySummary, Instant, IntegrationEvent> event) {
        AgencyRules.requirePlatformAdmin(caller);
        Agency current = lockedOrNotFound(code);
        if (current.status() == status) {
            return current;
        }
        Agency changed = current.withStatus(status);
        agencies.updateStatus(code, status);
        events.publishEvent(event.apply(changed.summary(), clock.instant()));
        return changed;
    }

    private Agency lockedOrNotFound(String code) {
        return agencies.findForUpdate(code).orElseThrow(() -> PatchworkException.notFound("No agency '" + code + "'."));
    }
}
