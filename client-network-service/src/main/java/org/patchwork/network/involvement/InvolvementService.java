package org.patchwork.network.involvement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.clientrecord.Client;
import org.patchwork.network.clientrecord.ClientRepository;
import org.patchwork.network.config.InvolvementProperties;
import org.patchwork.network.events.ConsentWithdrawn;
import org.patchwork.network.events.InvolvementConfirmationRequested;
import org.patchwork.network.events.InvolvementConfirmed;
import org.patchwork.network.events.LegalBasisRenewed;
import org.patchwork.network.events.LegalBasisReviewDue;
import org.patchwork.network.events.MembershipLapsed;
import org.patchwork.network.events.ProfessionalRef;
import org.patchwork.network.events.ReplacementNeeded;
import org.patchwork.network.membership.ClientAccess;
import org.patchwork.network.membership.EndReason;
import org.patchwork.network.membership.LegalBasis;
import org.patchwork.network.membership.NetworkService;
import org.patchwork.network.membership.NetworkSnapshot;
import org.patchwork.network.professional.ProfessionalContact;
import org.patchwork.network.professional.Professionals;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps involvement fresh. Each member is asked periodically whether they are still involved with the client, and a
 * legal basis with a review date is renewed before it passes; a membership whose member does neither lapses: access
 * ends at once, the network is told and asked whether someone should replace them. The client's withdrawal of
 * consent ends every membership resting on consent; statutory ones continue, flagged for IG review.
 */
@Service
class InvolvementService {

    static final int BATCH = 200;

    private final InvolvementRepository involvements;
    private final ClientRepository clients;
    private final NetworkService network;
    private final Professionals professionals;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InvolvementProperties properties;

    InvolvementService(InvolvementRepository involvements, ClientRepository clients, NetworkService network,
                       Professionals professionals, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                       InvolvementProperties properties) {
        this.involvements = involvements;
        this.clients = clients;
        this.network = network;
        this.professionals = professionals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** My memberships awaiting my answer (a confirmation, a renewal), read as one audited listing. */
    @Transactional
    List<MyConfirmation> mine(Caller caller) {
        ProfessionalContact me = professionals.me(caller);
        LocalDate today = LocalDate.now(clock);
        List<MyConfirmation> mine = involvements.awaiting(me.id(), remindUntil(today)).stream()
                .map(row -> {
                    Involvement involvement = new Involvement(row.membershipId(), row.clientId(), me.id(),
                            me.agency(), row.role(), row.legalBasis(), row.reviewDate(), row.joinedAt(),
                            row.confirmedAt(), row.confirmationRequestedAt(), null, null);
                    return new MyConfirmation(row.membershipId(), row.clientId(), row.givenName(), row.familyName(),
                            row.dateOfBirth(), row.role(), row.legalBasis(), involvement.lastConfirmedAt(),
                            row.confirmationRequestedAt(), row.confirmationRequestedAt() != null, row.reviewDate(),
                            InvolvementRules.reviewDue(involvement, today, properties.reviewReminderBefore()),
                            InvolvementRules.lapsesAt(involvement, properties.gracePeriod()));
                }).toList();
        audit.recordListing(caller, me.id(), AuditAction.CONFIRMATIONS_LISTED,
                mine.stream().map(MyConfirmation::clientId).toList(), "memberships awaiting my answer");
        return mine;
    }

    /** I am still involved with this client: asked or not, my confirmation period starts again. */
    @Transactional
    NetworkInvolvement.Member confirm(Caller caller, UUID clientId) {
        ClientAccess access = network.access(caller, clientId);
        Involvement involvement = involvements.current(clientId, access.me().id())
                .orElseThrow(NetworkService::noSuchClient);
        Instant now = clock.instant();
        confirm(caller, access.me(), access.client(), involvement, now);
        return member(involvements.current(clientId, access.me().id()).orElseThrow(), Optional.of(access.me()),
                LocalDate.now(clock));
    }

    /** Confirms every membership of mine whose confirmation is awaited. */
    @Transactional
    ConfirmedAll confirmAll(Caller caller) {
        ProfessionalContact me = professionals.me(caller);
        Instant now = clock.instant();
        int confirmed = 0;
        for (InvolvementRepository.AwaitingRow row : involvements.awaiting(me.id(), remindUntil(LocalDate.now(clock)))) {
            if (row.confirmationRequestedAt() == null) {
                continue;
            }
            Optional<Involvement> involvement = involvements.current(row.clientId(), me.id());
            if (involvement.isPresent()) {
                confirm(caller, me, clients.findById(row.clientId()).orElseThrow(), involvement.get(), now);
                confirmed++;
            }
        }
        return new ConfirmedAll(confirmed);
    }

    /** I renew my legal basis until a new review date; renewing confirms my involvement too. */
    @Transactional
    NetworkInvolvement.Member renewReview(Caller caller, UUID clientId, RenewReview renewal) {
        ClientAccess access = network.accessToChange(caller, clientId);
        ProfessionalContact me = access.me();
        Involvement involvement = involvements.current(clientId, me.id()).orElseThrow(NetworkService::noSuchClient);
        Instant now = clock.instant();
        involvements.renewReview(involvement.id(), renewal.reviewDate());
        involvements.confirm(involvement.id(), now);
        audit.record(caller, me.id(), AuditAction.BASIS_RENEWED, clientId, me.id(), involvement.legalBasis().name(),
                "review date " + renewal.reviewDate() + (involvement.reviewDate() == null ? ""
                        : ", was " + involvement.reviewDate()));
        NetworkSnapshot after = network.snapshot(access.client());
        events.publishEvent(new LegalBasisRenewed(UUID.randomUUID(), now, clientId, after.clientInitials(), me.id(),
                me.ref(), involvement.legalBasis().name(), involvement.reviewDate(), renewal.reviewDate(),
                after.memberIds(), after.leadProfessionalId()));
        return member(involvements.current(clientId, me.id()).orElseThrow(), Optional.of(me), LocalDate.now(clock));
    }

    /** For the lead: each member's freshness, who is overdue. */
    @Transactional
    NetworkInvolvement ofNetwork(Caller caller, UUID clientId) {
        ClientAccess access = network.access(caller, clientId);
        if (!access.membership().isLead()) {
            throw PatchworkException.forbidden("Only the lead professional sees how fresh each member's involvement is.");
        }
        List<Involvement> current = involvements.current(clientId);
        Map<UUID, ProfessionalContact> contacts = professionals.forDisplay(current.stream()
                .map(Involvement::professionalId).toList());
        LocalDate today = LocalDate.now(clock);
        audit.record(caller, access.me().id(), AuditAction.INVOLVEMENT_VIEWED, clientId, null, access.basis(), null);
        return new NetworkInvolvement(clientId, current.stream().map(involvement -> member(involvement,
                Optional.ofNullable(contacts.get(involvement.professionalId())), today)).toList());
    }

    /** Asks the members who have not confirmed for their agency's period; one batch. */
    @Transactional
    int requestDueConfirmations() {
        Instant now = clock.instant();
        List<Involvement> due = involvements.lockDueForConfirmation(now, properties.confirmEvery(),
                properties.confirmEveryByAgency(), BATCH);
        for (Involvement involvement : due) {
            involvements.markConfirmationRequested(involvement.id(), now);
            Client client = clients.findById(involvement.clientId()).orElseThrow();
            NetworkSnapshot after = network.snapshot(client);
            events.publishEvent(new InvolvementConfirmationRequested(UUID.randomUUID(), now, client.id(),
                    after.clientInitials(), null, ref(involvement), involvement.lastConfirmedAt(),
                    now.plus(properties.gracePeriod()), after.memberIds(), after.leadProfessionalId()));
        }
        return due.size();
    }

    /** Reminds members whose legal basis's review date is near; one batch, once per review date. */
    @Transactional
    int remindDueReviews() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Involvement> due = involvements.lockReviewToRemind(today, remindUntil(today), BATCH);
        for (Involvement involvement : due) {
            involvements.markReviewReminded(involvement.id(), involvement.reviewDate());
            Client client = clients.findById(involvement.clientId()).orElseThrow();
            NetworkSnapshot after = network.snapshot(client);
            events.publishEvent(new LegalBasisReviewDue(UUID.randomUUID(), now, client.id(), after.clientInitials(),
                    null, ref(involvement), involvement.legalBasis().name(), involvement.reviewDate(),
                    after.memberIds(), after.leadProfessionalId()));
        }
        return due.size();
    }

    /** Lapses the memberships whose member was asked and did not answer within the grace period; one batch. */
    @Transactional
    int lapseUnconfirmed() {
        Instant now = clock.instant();
        List<Involvement> overdue = involvements.lockUnconfirmed(now.minus(properties.gracePeriod()), BATCH);
        overdue.forEach(involvement -> lapse(involvement, EndReason.NOT_CONFIRMED, now,
                "membership lapsed: involvement not confirmed in time"));
        return overdue.size();
    }

    /** Lapses the memberships whose legal basis's review date passed without renewal; one batch. */
    @Transactional
    int lapsePassedReviews() {
        Instant now = clock.instant();
        List<Involvement> passed = involvements.lockReviewPassed(LocalDate.now(clock), BATCH);
        passed.forEach(involvement -> lapse(involvement, EndReason.REVIEW_DATE_PASSED, now,
                "membership lapsed: the legal basis's review date " + involvement.reviewDate() + " passed"));
        return passed.size();
    }

    /**
     * The client withdrew their consent, recorded by the lead or an IG officer of an agency involved with the client:
     * every membership on the basis of consent ends, statutory ones continue, flagged for IG review.
     */
    @Transactional
    ConsentWithdrawal withdrawConsent(Caller caller, UUID clientId, WithdrawConsent withdrawal) {
        ProfessionalContact me = professionals.me(caller);
        Client client = clients.findById(clientId).orElseThrow(NetworkService::noSuchClient);
        Optional<Involvement> mine = involvements.current(clientId, me.id());
        boolean involvedOfficer = caller.hasRole(Caller.IG_OFFICER)
                && involvements.agencyInvolved(clientId, caller.agency());
        if (mine.isEmpty() && !involvedOfficer) {
            throw NetworkService.noSuchClient();
        }
        if (!involvedOfficer && !mine.get().isLead()) {
            throw PatchworkException.forbidden("Only the lead professional, or an information governance officer of "
                    + "an agency involved with the client, can record a withdrawal of consent.");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        involvements.insertWithdrawal(id, clientId, now, caller.subject(), me.id(), caller.agency(),
                withdrawal.reason().strip());
        List<ProfessionalRef> ended = new ArrayList<>();
        List<ProfessionalRef> continuing = new ArrayList<>();
        Optional<ProfessionalRef> endedLead = Optional.empty();
        for (Involvement involvement : involvements.current(clientId)) {
            if (involvement.legalBasis() == LegalBasis.CONSENT) {
                network.endMembership(involvement.id(), EndReason.CONSENT_WITHDRAWN, now);
                audit.record(caller, me.id(), AuditAction.MEMBER_ENDED_CONSENT_WITHDRAWN, clientId,
                        involvement.professionalId(), LegalBasis.CONSENT.name(), "membership ended: consent withdrawn");
                ProfessionalRef professional = ref(involvement);
                ended.add(professional);
                if (involvement.isLead()) {
                    endedLead = Optional.of(professional);
                }
            } else {
                involvements.markContinuingWithoutConsent(involvement.id(), now);
                continuing.add(ref(involvement));
            }
        }
        audit.record(caller, me.id(), AuditAction.CONSENT_WITHDRAWN, clientId, null,
                mine.map(involvement -> involvement.legalBasis().name()).orElse(null),
                ended.size() + " consent-based memberships ended, " + continuing.size()
                        + " continue on a statutory basis" + (mine.isEmpty() ? "; recorded by an IG officer" : ""));
        NetworkSnapshot after = network.snapshot(client);
        events.publishEvent(new ConsentWithdrawn(UUID.randomUUID(), now, clientId, after.clientInitials(), me.id(),
                me.ref(), ended, continuing, after.memberIds(), after.leadProfessionalId()));
        endedLead.filter(lead -> !after.memberIds().isEmpty()).ifPresent(lead -> events.publishEvent(
                new ReplacementNeeded(UUID.randomUUID(), now, clientId, after.clientInitials(), me.id(), lead, true,
                        EndReason.CONSENT_WITHDRAWN.name(), after.memberIds(), after.leadProfessionalId())));
        return new ConsentWithdrawal(id, clientId, now, ended.stream().map(ProfessionalRef::id).toList(),
                continuing.stream().map(ProfessionalRef::id).toList());
    }

    /** For an IG officer: their agency's memberships that continued after a withdrawal of consent. */
    @Transactional
    List<ContinuingWithoutConsent> continuingWithoutConsent(Caller officer, boolean awaitingReviewOnly) {
        List<ContinuingWithoutConsent> found = officer.agency().isEmpty() ? List.of()
                : involvements.continuingWithoutConsent(officer.agency(), awaitingReviewOnly, 500);
        audit.record(officer, null, AuditAction.WITHOUT_CONSENT_VIEWED, null, null, null,
                found.size() + (awaitingReviewOnly ? " awaiting review" : " continuing without consent"));
        return found;
    }

    /** An IG officer of the member's agency records, once, whether continuing without consent is justified. */
    @Transactional
    ContinuingWithoutConsent reviewWithoutConsent(Caller officer, UUID membershipId, ConsentReview review) {
        ContinuingWithoutConsent membership = involvements.continuingWithoutConsent(officer.agency(), membershipId)
                .filter(found -> !officer.agency().isEmpty())
                .orElseThrow(() -> PatchworkException.notFound("No such membership for you to review."));
        if (!involvements.reviewWithoutConsent(officer.agency(), membershipId, officer.subject(), review,
                clock.instant())) {
            throw PatchworkException.conflict("This membership has already been reviewed.");
        }
        audit.record(officer, null, AuditAction.WITHOUT_CONSENT_REVIEWED, membership.clientId(),
                membership.professionalId(), membership.legalBasis().name(), review.outcome().name());
        return involvements.continuingWithoutConsent(officer.agency(), membershipId).orElseThrow();
    }

    private void confirm(Caller caller, ProfessionalContact me, Client client, Involvement involvement, Instant now) {
        involvements.confirm(involvement.id(), now);
        audit.record(caller, me.id(), AuditAction.INVOLVEMENT_CONFIRMED, client.id(), me.id(),
                involvement.legalBasis().name(), involvement.confirmationRequestedAt() == null ? null
                        : "asked on " + involvement.confirmationRequestedAt());
        NetworkSnapshot after = network.snapshot(client);
        events.publishEvent(new InvolvementConfirmed(UUID.randomUUID(), now, client.id(), after.clientInitials(),
                me.id(), me.ref(), now.plus(properties.confirmEveryFor(involvement.agency())), after.memberIds(),
                after.leadProfessionalId()));
    }

    private void lapse(Involvement involvement, EndReason reason, Instant now, String detail) {
        Client client = clients.findById(involvement.clientId()).orElseThrow();
        network.endMembership(involvement.id(), reason, now);
        audit.recordSystem(involvement.agency(), AuditAction.MEMBERSHIP_LAPSED, client.id(),
                involvement.professionalId(), detail);
        ProfessionalRef professional = ref(involvement);
        NetworkSnapshot after = network.snapshot(client);
        events.publishEvent(new MembershipLapsed(UUID.randomUUID(), now, client.id(), after.clientInitials(), null,
                professional, reason.name(), involvement.isLead(), after.memberIds(), after.leadProfessionalId()));
        events.publishEvent(new ReplacementNeeded(UUID.randomUUID(), now, client.id(), after.clientInitials(), null,
                professional, involvement.isLead(), reason.name(), after.memberIds(), after.leadProfessionalId()));
    }

    private NetworkInvolvement.Member member(Involvement involvement, Optional<ProfessionalContact> contact,
                                             LocalDate today) {
        return new NetworkInvolvement.Member(involvement.professionalId(),
                contact.map(ProfessionalContact::name).orElse(null), involvement.agency(), involvement.role(),
                involvement.legalBasis(), involvement.lastConfirmedAt(),
                InvolvementRules.confirmationDueAt(involvement, properties.confirmEveryFor(involvement.agency())),
                involvement.confirmationRequestedAt(), involvement.reviewDate(),
                InvolvementRules.lapsesAt(involvement, properties.gracePeriod()),
                InvolvementRules.overdue(involvement, today, properties.reviewReminderBefore()),
                involvement.continuesWithoutConsentSince());
    }

    private LocalDate remindUntil(LocalDate today) {
        return today.plusDays(properties.reviewReminderBefore().toDays());
    }

    private ProfessionalRef ref(Involvement involvement) {
        return professionals.findLocally(involvement.professionalId()).map(ProfessionalContact::ref)
                .orElseGet(() -> new ProfessionalRef(involvement.professionalId(), null, involvement.agency()));
    }
}
