package org.patchwork.directory.professional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.directory.agency.Agency;
import org.patchwork.directory.agency.AgencyRules;
import org.patchwork.directory.events.AgencyUpdated;
import org.patchwork.directory.events.ProfessionalLeft;
import org.patchwork.directory.events.ProfessionalRegistered;
import org.patchwork.directory.events.ProfessionalUpdated;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's staff as its administrators manage them (and its provisioning, {@link ProvisionedStaff}), and leavers
 * reported by the identity provider. Each change is published once; a change that leaves an entry as it was
 * publishes nothing.
 */
@Service
public class StaffService {

    private static final Logger log = LoggerFactory.getLogger(StaffService.class);

    private final ProfessionalRepository professionals;
    private final ApplicationEventPublisher events;
    private final ContactCards cards;
    private final Clock clock;

    StaffService(ProfessionalRepository professionals, ApplicationEventPublisher events,
                 ContactCards cards, Clock clock) {
        this.professionals = professionals;
        this.events = events;
        this.cards = cards;
        this.clock = clock;
    }

    /** An agency's staff, active and left, for its administrators: a page at a time, by name. */
    @Transactional(readOnly = true)
    public SearchPage<ProfessionalView> list(Caller caller, String agencyCode, ProfessionalStatus status, int page,
                                             int size) {
        AgencyRules.requireAdminOf(caller, agencyCode);
        List<Professional> found = professionals.ofAgency(agencyCode, status, size + 1, page * size);
        return new SearchPage<>(found.stream().limit(size).map(ProfessionalView::of).toList(), page, size,
                found.size() > size);
    }

    @Transactional
    public Professional create(Caller caller, String agencyCode, StaffMember member) {
        AgencyRules.requireAdminOf(caller, agencyCode);
        return add(agencyCode, member);
    }

    @Transactional
    public Professional update(Caller caller, String agencyCode, UUID id, StaffMember member) {
        AgencyRules.requireAdminOf(caller, agencyCode);
        return change(ownStaff(agencyCode, id), member);
    }

    @Transactional
    public Professional markLeft(Caller caller, String agencyCode, UUID id) {
        AgencyRules.requireAdminOf(caller, agencyCode);
        return leave(ownStaff(agencyCode, id));
    }

    /**
     * Flags a member of staff's role as sensitive, or no longer: while flagged, everyone but them and their agency's
     * administrators is given the agency's duty contact instead of their own details, which therefore must exist.
     * Each change is recorded with who made it and why; asking for what is already so changes nothing.
     */
    @Transactional
    public Professional setSensitiveRole(Caller caller, String agencyCode, UUID id, SensitiveRole role) {
        AgencyRules.requireMayFlagSensitiveRole(caller, agencyCode);
        Professional current = ownStaff(agencyCode, id);
        if (current.contactThroughDuty() == role.sensitive()) {
            return current;
        }
        if (role.sensitive() && cards.agencyOf(current).filter(Agency::hasDutyContact).isEmpty()) {
            throw PatchworkException.conflict("Your agency has no duty phone number yet: set the agency's duty contact"
                    + " first, so colleagues can still reach this professional.");
        }
        Professional changed = current.contactedThroughDuty(role.sensitive());
        professionals.setContactThroughDuty(id, role.sensitive());
        professionals.recordSensitiveRoleChange(new SensitiveRoleChange(clock.instant(), id, agencyCode,
                role.sensitive(), caller.subject(), caller.agency(), role.reason()));
        events.publishEvent(ProfessionalUpdated.of(cards.of(changed), clock.instant()));
        return changed;
    }

    /** Who flagged or unflagged the professional's role as sensitive, when and why; oldest first. */
    @Transactional(readOnly = true)
    public List<SensitiveRoleChange> sensitiveRoleChanges(Caller caller, String agencyCode, UUID id) {
        AgencyRules.requireMayFlagSensitiveRole(caller, agencyCode);
        Professional professional = professionals.findById(id)
                .orElseThrow(() -> PatchworkException.notFound("No professional with id " + id + "."));
        if (!professional.agencyCode().equals(agencyCode)) {
            throw PatchworkException.forbidden("This professional works for another agency.");
        }
        return professionals.sensitiveRoleChanges(id);
    }

    /**
     * The agency's duty contact changed: the events of its staff in sensitive roles carry it, so other services are
     * given the new one (in the same transaction as the change).
     */
    @EventListener
    void on(AgencyUpdated updated) {
        for (Professional professional : professionals.contactedThroughDuty(updated.agency().code())) {
            events.publishEvent(ProfessionalUpdated.of(cards.of(professional), clock.instant()));
        }
    }

    /** Creates or updates the entry with the member's email in the agency; the same row twice changes nothing. */
    @Transactional
    public ImportOutcome importMember(Caller caller, String agencyCode, StaffMember member) {
        AgencyRules.requireAdminOf(caller, agencyCode);
        Optional<Professional> current = professionals.findByEmail(agencyCode, member.email());
        if (current.isEmpty()) {
            register(agencyCode, member);
            return ImportOutcome.CREATED;
        }
        Professional updated = current.get().withStaffDetails(member);
        if (updated.equals(current.get())) {
            return ImportOutcome.UNCHANGED;
        }
        apply(current.get(), updated);
        return ImportOutcome.UPDATED;
    }

    /** The professional's account was disabled at the identity provider: they have left their agency. */
    @Transactional
    public void accountDisabled(String keycloakSubject, String agencyCode) {
        Optional<Professional> professional = professionals.findBySubject(keycloakSubject);
        if (professional.isEmpty()) {
            log.info("Disabled account {} has no directory entry; nothing to mark as left", keycloakSubject);
            return;
        }
        if (!professional.get().agencyCode().equals(agencyCode)) {
            log.warn("Ignoring a disabled account {} reported for agency {}: the directory has them at {}",
                    keycloakSubject, agencyCode, professional.get().agencyCode());
            return;
        }
        leave(professionals.findForUpdate(professional.get().id()).orElseThrow());
    }

    /** A new entry in the agency; its email must not be another entry's there. */
    Professional add(String agencyCode, StaffMember member) {
        if (professionals.findByEmail(agencyCode, member.email()).isPresent()) {
            throw PatchworkException.conflict("Someone with the email " + member.email()
                    + " is already in your agency's directory.");
        }
        return register(agencyCode, member);
    }

    /** New staff details of an entry; a changed email must not be another entry's in the agency. */
    Professional change(Professional current, StaffMember member) {
        if (!current.email().equalsIgnoreCase(member.email())
                && professionals.findByEmail(current.agencyCode(), member.email()).isPresent()) {
            throw PatchworkException.conflict("Someone with the email " + member.email()
                    + " is already in your agency's directory.");
        }
        return apply(current, current.withStaffDetails(member));
    }

    private Professional register(String agencyCode, StaffMember member) {
        Professional professional = Professional.newStaffMember(agencyCode, member);
        professionals.insert(professional);
        events.publishEvent(ProfessionalRegistered.of(cards.of(professional), clock.instant()));
        return professional;
    }

    private Professional apply(Professional current, Professional updated) {
        if (!updated.equals(current)) {
            professionals.update(updated);
            events.publishEvent(ProfessionalUpdated.of(cards.of(updated), clock.instant()));
        }
        return updated;
    }

    Professional leave(Professional professional) {
        if (professional.hasLeft()) {
            return professional;
        }
        Professional left = professional.left();
        professionals.update(left);
        events.publishEvent(ProfessionalLeft.of(cards.of(left), clock.instant()));
        return left;
    }

    private Professional ownStaff(String agencyCode, UUID id) {
        Professional professional = professionals.findForUpdate(id)
                .orElseThrow(() -> PatchworkException.notFound("No professional with id " + id + "."));
        if (!professional.agencyCode().equals(agencyCode)) {
            throw PatchworkException.forbidden("This professional works for another agency.");
        }
        return professional;
    }
}
