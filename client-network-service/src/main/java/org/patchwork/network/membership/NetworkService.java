package org.patchwork.network.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.clientrecord.Client;
import org.patchwork.network.clientrecord.ClientRepository;
import org.patchwork.network.events.LeadProfessionalChanged;
import org.patchwork.network.events.MemberJoinedNetwork;
import org.patchwork.network.events.MemberLeftNetwork;
import org.patchwork.network.events.MemberRemovedFromNetwork;
import org.patchwork.network.events.ProfessionalRef;
import org.patchwork.network.events.ReplacementNeeded;
import org.patchwork.network.professional.ProfessionalContact;
import org.patchwork.network.professional.ProfessionalLeftAgency;
import org.patchwork.network.professional.Professionals;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team around each client, and the one rule everything else leans on: only a current member of a client's
 * network may know the client exists (the look-up aside). To anyone else a client answers exactly as an
 * unknown id does.
 */
@Service
public class NetworkService {

    private final ClientRepository clients;
    private final MembershipRepository memberships;
    private final Professionals professionals;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NetworkService(ClientRepository clients, MembershipRepository memberships, Professionals professionals,
                   AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.memberships = memberships;
        this.professionals = professionals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's access to a client; a 404 identical to an unknown id when they are not a current member. */
    public ClientAccess access(Caller caller, UUID clientId) {
        ProfessionalContact me = professionals.me(caller);
        return clients.findById(clientId)
                .flatMap(client -> memberships.current(clientId, me.id())
                        .map(membership -> new ClientAccess(client, me, membership)))
                .orElseThrow(NetworkService::noSuchClient);
    }

    /** Like {@link #access} but also refuses changes to a closed client. */
    public ClientAccess accessToChange(Caller caller, UUID clientId) {
        ClientAccess access = access(caller, clientId);
        requireOpen(access.client());
        return access;
    }

    public static PatchworkException noSuchClient() {
        return PatchworkException.notFound(NetworkRules.NO_SUCH_CLIENT);
    }

    public static void requireOpen(Client client) {
        if (!client.isOpen()) {
            throw PatchworkException.conflict("This client has been closed; their network can no longer change.");
        }
    }

    /** The registering practitioner becomes the lead of the new client's network. */
    public void startNetwork(Client client, ProfessionalContact lead, MembershipBasis basis, Instant at) {
        memberships.insert(Membership.start(client.id(), lead.id(), lead.agency(), NetworkRole.LEAD, basis,
                JoinedVia.REGISTRATION, at));
    }

    public NetworkSnapshot snapshot(Client client) {
        List<Membership> current = memberships.current(client.id());
        return new NetworkSnapshot(client.id(), client.initials(),
                current.stream().map(Membership::professionalId).toList(),
                current.stream().filter(Membership::isLead).map(Membership::professionalId).findFirst().orElse(null));
    }

    public int agenciesInvolvedWith(UUID clientId) {
        return memberships.agenciesInvolvedWith(clientId);
    }

    public boolean isCurrentMember(UUID clientId, UUID professionalId) {
        return memberships.current(clientId, professionalId).isPresent();
    }

    @Transactional
    public NetworkView network(Caller caller, UUID clientId) {
        ClientAccess access = access(caller, clientId);
        List<NetworkView.Member> members = members(clientId);
        audit.record(caller, access.me().id(), AuditAction.NETWORK_VIEWED, clientId, null, access.basis(), null);
        return new NetworkView(clientId, members);
    }

    /** The current members, for a caller already let in, without recording another read. */
    public List<NetworkView.Member> members(UUID clientId) {
        List<Membership> current = memberships.current(clientId);
        Map<UUID, ProfessionalContact> contacts = professionals.forDisplay(current.stream()
                .map(Membership::professionalId).toList());
        return current.stream().map(membership -> member(membership,
                Optional.ofNullable(contacts.get(membership.professionalId())))).toList();
    }

    /** A practitioner adds themselves, with a reason and a legal basis; their agency's IG officers review it. */
    @Transactional
    public NetworkView.Member join(Caller caller, UUID clientId, MembershipBasis basis) {
        ProfessionalContact me = professionals.me(caller);
        Client client = clients.findById(clientId).orElseThrow(NetworkService::noSuchClient);
        requireOpen(client);
        if (memberships.current(clientId, me.id()).isPresent()) {
            throw PatchworkException.conflict("You are already in this client's network.");
        }
        Membership joined = Membership.start(clientId, me.id(), me.agency(), NetworkRole.MEMBER, basis,
                JoinedVia.SELF, clock.instant());
        memberships.insert(joined);
        if (caller.hasRole(Caller.IG_OFFICER)) {
            memberships.markJoinedByIgOfficer(joined.id());
        }
        audit.record(caller, me.id(), AuditAction.MEMBER_JOINED, clientId, me.id(), basis.legalBasis().name(),
                "joined on their own; flagged for IG review");
        publishJoined(client, joined, me.ref(), me.id());
        return member(joined);
    }

    /** An invitee who accepted becomes a member. */
    public Membership admitInvitee(Client client, ProfessionalContact invitee, MembershipBasis basis) {
        if (memberships.current(client.id(), invitee.id()).isPresent()) {
            throw PatchworkException.conflict("You are already in this client's network.");
        }
        Membership joined = Membership.start(client.id(), invitee.id(), invitee.agency(), NetworkRole.MEMBER, basis,
                JoinedVia.INVITATION, clock.instant());
        memberships.insert(joined);
        publishJoined(client, joined, invitee.ref(), invitee.id());
        return joined;
    }

    /** A member leaves, or the lead or the member's agency administrator removes them. */
    @Transactional
    public void remove(Caller caller, UUID clientId, UUID professionalId) {
        ProfessionalContact me = professionals.me(caller);
        Client client = clients.findById(clientId).orElseThrow(NetworkService::noSuchClient);
        Optional<Membership> actor = memberships.current(clientId, me.id());
        Optional<Membership> target = memberships.current(clientId, professionalId);
        if (target.isEmpty()) {
            if (actor.isPresent()) {
                throw PatchworkException.notFound("That professional is not a current member of this network.");
            }
            throw noSuchClient();
        }
        boolean othersRemain = memberships.current(clientId).size() > 1;
        NetworkRules.Removal removal = NetworkRules.removal(caller, actor, target.get(), othersRemain);
        Membership ended = target.get();
        Instant now = clock.instant();
        ProfessionalRef professional = ref(ended);
        if (removal == NetworkRules.Removal.LEAVE) {
            memberships.end(ended.id(), EndReason.LEFT_NETWORK, now);
            audit.record(caller, me.id(), AuditAction.MEMBER_LEFT, clientId, professionalId, ended.legalBasis().name(), null);
            NetworkSnapshot after = snapshot(client);
            events.publishEvent(new MemberLeftNetwork(UUID.randomUUID(), now, clientId, after.clientInitials(),
                    me.id(), professional, EndReason.LEFT_NETWORK.name(), after.memberIds(), after.leadProfessionalId()));
        } else {
            memberships.end(ended.id(), EndReason.REMOVED, now);
            audit.record(caller, me.id(), AuditAction.MEMBER_REMOVED, clientId, professionalId,
                    actor.map(Membership::legalBasis).map(Enum::name).orElse(null),
                    actor.isPresent() ? "removed by the lead" : "removed by their agency administrator");
            NetworkSnapshot after = snapshot(client);
            events.publishEvent(new MemberRemovedFromNetwork(UUID.randomUUID(), now, clientId,
                    after.clientInitials(), me.id(), professional, after.memberIds(), after.leadProfessionalId()));
            if (ended.isLead() && !after.memberIds().isEmpty()) {
                events.publishEvent(new ReplacementNeeded(UUID.randomUUID(), now, clientId, after.clientInitials(),
                        me.id(), professional, true, EndReason.REMOVED.name(), after.memberIds(), null));
            }
        }
    }

    @Transactional
    public NetworkView changeLead(Caller caller, UUID clientId, UUID newLeadId) {
        ClientAccess access = accessToChange(caller, clientId);
        Membership newLead = memberships.current(clientId, newLeadId).orElseThrow(() -> PatchworkException.invalid(
                "The new lead must be a current member of this network."));
        Optional<Membership> currentLead = memberships.current(clientId).stream().filter(Membership::isLead).findFirst();
        NetworkRules.checkHandover(access.membership(), currentLead, newLead);
        currentLead.ifPresent(lead -> memberships.changeRole(lead.id(), NetworkRole.MEMBER));
        memberships.changeRole(newLead.id(), NetworkRole.LEAD);
        Instant now = clock.instant();
        audit.record(caller, access.me().id(), AuditAction.LEAD_CHANGED, clientId, newLeadId, access.basis(), null);
        NetworkSnapshot after = snapshot(access.client());
        events.publishEvent(new LeadProfessionalChanged(UUID.randomUUID(), now, clientId, after.clientInitials(),
                access.me().id(), currentLead.map(this::ref).orElse(null), ref(newLead), after.memberIds(),
                after.leadProfessionalId()));
        return new NetworkView(clientId, members(clientId));
    }

    /**
     * A professional who left their agency leaves every network at once; each network is asked to name a
     * replacement, and told if it was the lead who left.
     */
    @EventListener
    void on(ProfessionalLeftAgency left) {
        ProfessionalContact leaver = left.professional();
        Instant now = clock.instant();
        for (Membership membership : memberships.currentOf(leaver.id())) {
            Client client = clients.findById(membership.clientId()).orElseThrow();
            memberships.end(membership.id(), EndReason.LEFT_AGENCY, now);
            audit.recordSystem(membership.agency(), AuditAction.MEMBER_LEFT_AGENCY, client.id(), leaver.id(),
                    "membership ended: the professional left their agency");
            NetworkSnapshot after = snapshot(client);
            events.publishEvent(new MemberLeftNetwork(UUID.randomUUID(), now, client.id(), after.clientInitials(),
                    null, leaver.ref(), EndReason.LEFT_AGENCY.name(), after.memberIds(), after.leadProfessionalId()));
            events.publishEvent(new ReplacementNeeded(UUID.randomUUID(), now, client.id(), after.clientInitials(),
                    null, leaver.ref(), membership.isLead(), EndReason.LEFT_AGENCY.name(), after.memberIds(),
                    after.leadProfessionalId()));
        }
    }

    /**
     * Ends a membership for a reason its member did not choose (it lapsed, or the client withdrew consent); the
     * caller audits it and tells the network.
     */
    public void endMembership(UUID membershipId, EndReason reason, Instant at) {
        memberships.end(membershipId, reason, at);
    }

    private ProfessionalRef ref(Membership membership) {
        return professionals.findLocally(membership.professionalId()).map(ProfessionalContact::ref)
                .orElseGet(() -> new ProfessionalRef(membership.professionalId(), null, membership.agency()));
    }

    private void publishJoined(Client client, Membership joined, ProfessionalRef professional, UUID actorId) {
        NetworkSnapshot after = snapshot(client);
        events.publishEvent(new MemberJoinedNetwork(UUID.randomUUID(), joined.joinedAt(), client.id(),
                after.clientInitials(), actorId, professional, joined.role().name(), joined.legalBasis().name(),
                joined.reviewDate(), joined.joinedVia().name(), joined.flaggedForIgReview(), after.memberIds(),
                after.leadProfessionalId()));
    }

    private NetworkView.Member member(Membership membership) {
        return member(membership, professionals.findForDisplay(membership.professionalId()));
    }

    private static NetworkView.Member member(Membership membership, Optional<ProfessionalContact> contact) {
        return new NetworkView.Member(membership.professionalId(), membership.agency(),
                contact.map(ProfessionalContact::name).orElse(null),
                contact.map(ProfessionalContact::jobTitle).orElse(null),
                contact.map(ProfessionalContact::workPhone).orElse(null),
                contact.map(ProfessionalContact::mobile).orElse(null),
                contact.map(ProfessionalContact::email).orElse(null),
                contact.map(ProfessionalContact::preferredContact).orElse(null),
                membership.role(), membership.joinedAt(), membership.legalBasis(), membership.reviewDate(),
                membership.joinedVia(), contact.map(ProfessionalContact::contactThroughDuty).orElse(false));
    }
}
