package org.patchwork.network.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.clientrecord.Client;
import org.patchwork.network.clientrecord.ClientRepository;
import org.patchwork.network.config.NetworkProperties;
import org.patchwork.network.events.InvitationAccepted;
import org.patchwork.network.events.InvitationDeclined;
import org.patchwork.network.events.InvitationExpired;
import org.patchwork.network.events.InvitationSent;
import org.patchwork.network.events.ProfessionalRef;
import org.patchwork.network.membership.ClientAccess;
import org.patchwork.network.membership.MembershipBasis;
import org.patchwork.network.membership.NetworkService;
import org.patchwork.network.membership.NetworkSnapshot;
import org.patchwork.network.professional.ProfessionalContact;
import org.patchwork.network.professional.Professionals;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member invites a professional from the directory; the invitee accepts (stating their own legal basis) or
 * declines. Unanswered invitations expire.
 */
@Service
class InvitationService {

    static final int EXPIRY_BATCH = 200;

    private final InvitationRepository invitations;
    private final ClientRepository clients;
    private final NetworkService network;
    private final Professionals professionals;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NetworkProperties properties;

    InvitationService(InvitationRepository invitations, ClientRepository clients, NetworkService network,
                      Professionals professionals, AuditLog audit, ApplicationEventPublisher events, Clock clock,
                      NetworkProperties properties) {
        this.invitations = invitations;
        this.clients = clients;
        this.network = network;
        this.professionals = professionals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    InvitationView invite(Caller caller, UUID clientId, Invite request) {
        ClientAccess access = network.accessToChange(caller, clientId);
        ProfessionalContact invitee = professionals.find(request.professionalId())
                .orElseThrow(() -> new PatchworkException(HttpStatus.BAD_REQUEST, "unknown-professional",
                        "No professional with this id is in the directory."));
        if (invitee.hasLeftTheirAgency()) {
            throw new PatchworkException(HttpStatus.BAD_REQUEST, "unknown-professional",
                    "This professional has left their agency and cannot be invited.");
        }
        if (network.isCurrentMember(clientId, invitee.id())) {
            throw PatchworkException.conflict("This professional is already in the client's network.");
        }
        if (invitations.hasPending(clientId, invitee.id())) {
            throw PatchworkException.conflict("This professional has already been invited and has not answered yet.");
        }
        Instant now = clock.instant();
        Invitation invitation = new Invitation(UUID.randomUUID(), clientId, invitee.id(), access.me().id(),
                request.reason().strip(), InvitationStatus.PENDING, now, now.plus(properties.invitationLifetime()), null);
        invitations.insert(invitation);
        audit.record(caller, access.me().id(), AuditAction.INVITATION_SENT, clientId, invitee.id(), access.basis(), null);
        NetworkSnapshot snapshot = network.snapshot(access.client());
        events.publishEvent(new InvitationSent(UUID.randomUUID(), now, clientId, snapshot.clientInitials(),
                access.me().id(), invitation.id(), invitee.ref(), access.me().ref(), invitation.expiresAt(),
                snapshot.memberIds(), snapshot.leadProfessionalId()));
        return view(invitation, access.client());
    }

    @Transactional
    List<InvitationView> mine(Caller caller) {
        ProfessionalContact me = professionals.me(caller);
        return invitations.pendingFor(me.id(), clock.instant()).stream().map(invitation -> {
            Client client = clients.findById(invitation.clientId()).orElseThrow();
            audit.record(caller, me.id(), AuditAction.INVITATION_VIEWED, client.id(), me.id(), null,
                    "initials and year of birth shown to the invitee");
            return view(invitation, client);
        }).toList();
    }

    @Transactional
    InvitationView accept(Caller caller, UUID invitationId, MembershipBasis basis) {
        ProfessionalContact me = professionals.me(caller);
        Invitation invitation = answerable(invitationId, me);
        Client client = clients.findById(invitation.clientId()).orElseThrow();
        NetworkService.requireOpen(client);
        Instant now = clock.instant();
        invitations.answer(invitation.id(), InvitationStatus.ACCEPTED, now);
        network.admitInvitee(client, me, basis);
        audit.record(caller, me.id(), AuditAction.INVITATION_ACCEPTED, client.id(), me.id(),
                basis.legalBasis().name(), null);
        NetworkSnapshot snapshot = network.snapshot(client);
        events.publishEvent(new InvitationAccepted(UUID.randomUUID(), now, client.id(), snapshot.clientInitials(),
                me.id(), invitation.id(), me.ref(), inviter(invitation), snapshot.memberIds(),
                snapshot.leadProfessionalId()));
        return view(invitations.findById(invitationId).orElseThrow(), client);
    }

    @Transactional
    InvitationView decline(Caller caller, UUID invitationId) {
        ProfessionalContact me = professionals.me(caller);
        Invitation invitation = answerable(invitationId, me);
        Client client = clients.findById(invitation.clientId()).orElseThrow();
        Instant now = clock.instant();
        invitations.answer(invitation.id(), InvitationStatus.DECLINED, now);
        audit.record(caller, me.id(), AuditAction.INVITATION_DECLINED, client.id(), me.id(), null, null);
        NetworkSnapshot snapshot = network.snapshot(client);
        events.publishEvent(new InvitationDeclined(UUID.randomUUID(), now, client.id(), snapshot.clientInitials(),
                me.id(), invitation.id(), me.ref(), inviter(invitation), snapshot.memberIds(),
                snapshot.leadProfessionalId()));
        return view(invitations.findById(invitationId).orElseThrow(), client);
    }

    /** Expires what nobody answered in time; one batch per call, each invitation once. */
    @Transactional
    int expireOverdue() {
        Instant now = clock.instant();
        List<Invitation> overdue = invitations.lockOverdue(now, EXPIRY_BATCH);
        for (Invitation invitation : overdue) {
            invitations.answer(invitation.id(), InvitationStatus.EXPIRED, now);
            Client client = clients.findById(invitation.clientId()).orElseThrow();
            NetworkSnapshot snapshot = network.snapshot(client);
            events.publishEvent(new InvitationExpired(UUID.randomUUID(), now, client.id(), snapshot.clientInitials(),
                    null, invitation.id(), localRef(invitation.inviteeProfessionalId()), inviter(invitation),
                    snapshot.memberIds(), snapshot.leadProfessionalId()));
        }
        return overdue.size();
    }

    /** The caller's own invitation, still open; anyone else's is answered as if it did not exist. */
    private Invitation answerable(UUID invitationId, ProfessionalContact me) {
        Invitation invitation = invitations.findById(invitationId)
                .filter(found -> found.inviteeProfessionalId().equals(me.id()))
                .orElseThrow(() -> PatchworkException.notFound("You have no invitation with this id."));
        if (!invitation.isAnswerable(clock.instant())) {
            throw PatchworkException.conflict(invitation.status() == InvitationStatus.PENDING
                    ? "This invitation has expired."
                    : "This invitation has already been " + invitation.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        return invitation;
    }

    private ProfessionalRef inviter(Invitation invitation) {
        return localRef(invitation.invitedByProfessionalId());
    }

    private ProfessionalRef localRef(UUID professionalId) {
        Optional<ProfessionalContact> contact = professionals.findLocally(professionalId);
        return contact.map(ProfessionalContact::ref).orElseGet(() -> new ProfessionalRef(professionalId, null, null));
    }

    private InvitationView view(Invitation invitation, Client client) {
        Optional<ProfessionalContact> inviter = professionals.findLocally(invitation.invitedByProfessionalId());
        return new InvitationView(invitation.id(), client.id(), client.initials(), client.dateOfBirth().getYear(),
                invitation.invitedByProfessionalId(), inviter.map(ProfessionalContact::name).orElse(null),
                inviter.map(ProfessionalContact::agency).orElse(null), invitation.reason(), invitation.status(),
                invitation.createdAt(), invitation.expiresAt());
    }
}
