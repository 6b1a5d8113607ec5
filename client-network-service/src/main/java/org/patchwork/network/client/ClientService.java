package org.patchwork.network.client;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.clientrecord.Client;
import org.patchwork.network.clientrecord.ClientDetails;
import org.patchwork.network.clientrecord.ClientRepository;
import org.patchwork.network.clientrecord.ClientStatus;
import org.patchwork.network.events.ClientClosed;
import org.patchwork.network.events.ClientRegistered;
import org.patchwork.network.events.ClientReopened;
import org.patchwork.network.events.ClientUpdated;
import org.patchwork.network.lookup.LookupLimitExceeded;
import org.patchwork.network.lookup.LookupService;
import org.patchwork.network.membership.ClientAccess;
import org.patchwork.network.membership.NetworkService;
import org.patchwork.network.membership.NetworkSnapshot;
import org.patchwork.network.professional.ProfessionalContact;
import org.patchwork.network.professional.Professionals;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, reading and correcting a client's identifying details, for members of their network only. */
@Service
public class ClientService {

    private final ClientRepository clients;
    private final CaseloadQuery caseload;
    private final NetworkService network;
    private final Professionals professionals;
    private final LookupService lookups;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientService(ClientRepository clients, CaseloadQuery caseload, NetworkService network,
                  Professionals professionals, LookupService lookups, AuditLog audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.caseload = caseload;
        this.network = network;
        this.professionals = professionals;
        this.lookups = lookups;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The look-up made first is recorded even when registering stops at a likely duplicate. */
    @Transactional(noRollbackFor = {PossibleDuplicate.class, LookupLimitExceeded.class})
    ClientView register(Caller caller, RegisterClient request) {
        ProfessionalContact me = professionals.me(caller);
        List<UUID> known = lookups.knownWithSameIdentity(caller, me, request.client().familyName(),
                request.client().dateOfBirth());
        if (!known.isEmpty() && !request.saysDifferentPerson()) {
            throw new PossibleDuplicate();
        }
        Client household = request.householdWithClientId() == null ? null
                : network.access(caller, request.householdWithClientId()).client();
        Instant now = clock.instant();
        Client client = Client.register(UUID.randomUUID(), request.client(), now);
        clients.insert(client);
        if (household != null) {
            clients.joinHousehold(client.id(), household);
        }
        network.startNetwork(client, me, request.basis(), now);
        audit.record(caller, me.id(), AuditAction.CLIENT_REGISTERED, client.id(), me.id(),
                request.basis().legalBasis().name(), registrationNote(household, known));
        NetworkSnapshot snapshot = network.snapshot(client);
        events.publishEvent(new ClientRegistered(UUID.randomUUID(), now, client.id(), client.initials(), me.id(),
                me.ref(), request.basis().legalBasis().name(), snapshot.memberIds(), snapshot.leadProfessionalId()));
        return view(clients.findById(client.id()).orElseThrow(), me.id());
    }

    @Transactional
    ClientView get(Caller caller, UUID clientId) {
        ClientAccess access = network.access(caller, clientId);
        audit.record(caller, access.me().id(), AuditAction.CLIENT_VIEWED, clientId, null, access.basis(), null);
        return view(access.client(), access.me().id());
    }

    @Transactional
    ClientView update(Caller caller, UUID clientId, ClientDetails details) {
        ClientAccess access = network.accessToChange(caller, clientId);
        Instant now = clock.instant();
        Client updated = access.client().withDetails(details, now);
        clients.updateDetails(updated);
        audit.record(caller, access.me().id(), AuditAction.CLIENT_UPDATED, clientId, null, access.basis(), null);
        NetworkSnapshot snapshot = network.snapshot(updated);
        events.publishEvent(new ClientUpdated(UUID.randomUUID(), now, clientId, updated.initials(), access.me().id(),
                access.me().ref(), snapshot.memberIds(), snapshot.leadProfessionalId()));
        return view(updated, access.me().id());
    }

    @Transactional
    ClientView close(Caller caller, UUID clientId, CloseClient request) {
        ClientAccess access = network.accessToChange(caller, clientId);
        requireLead(access, "close");
        Instant now = clock.instant();
        clients.close(clientId, now);
        clients.recordStatusChange(clientId, ClientStatus.CLOSED, request.reason().name(), request.note(), now,
                access.me().id());
        audit.record(caller, access.me().id(), AuditAction.CLIENT_CLOSED, clientId, null, access.basis(),
                request.reason().name());
        NetworkSnapshot snapshot = network.snapshot(access.client());
        events.publishEvent(new ClientClosed(UUID.randomUUID(), now, clientId, access.client().initials(),
                access.me().id(), access.me().ref(), snapshot.memberIds(), snapshot.leadProfessionalId()));
        return view(clients.findById(clientId).orElseThrow(), access.me().id());
    }

    /** The lead reopens a closed client; the retention period no longer runs until the client is closed again. */
    @Transactional
    ClientView reopen(Caller caller, UUID clientId, ReopenClient request) {
        ClientAccess access = network.access(caller, clientId);
        requireLead(access, "reopen");
        if (access.client().isOpen()) {
            throw PatchworkException.conflict("This client is open.");
        }
        Instant now = clock.instant();
        clients.reopen(clientId, now);
        clients.recordStatusChange(clientId, ClientStatus.OPEN, request.reason().name(), request.note(), now,
                access.me().id());
        audit.record(caller, access.me().id(), AuditAction.CLIENT_REOPENED, clientId, null, access.basis(),
                request.reason().name());
        NetworkSnapshot snapshot = network.snapshot(access.client());
        events.publishEvent(new ClientReopened(UUID.randomUUID(), now, clientId, access.client().initials(),
                access.me().id(), access.me().ref(), snapshot.memberIds(), snapshot.leadProfessionalId()));
        return view(clients.findById(clientId).orElseThrow(), access.me().id());
    }

    private static void requireLead(ClientAccess access, String what) {
        if (!access.membership().isLead()) {
            throw PatchworkException.forbidden("Only the lead professional can " + what + " a client.");
        }
    }

    /** What a member sees of a client they have already been let in to, without recording another read. */
    public ClientView view(ClientAccess access) {
        return view(access.client(), access.me().id());
    }

    /** The clients whose networks the caller is in; each listing is one audit record naming them all. */
    @Transactional
    public List<MyClient> mine(Caller caller) {
        ProfessionalContact me = professionals.me(caller);
        List<MyClient> mine = caseload.currentlySupportedBy(me.id());
        audit.recordListing(caller, me.id(), AuditAction.CLIENTS_LISTED, mine.stream().map(MyClient::id).toList(),
                "listed among my clients");
        return mine;
    }

    private ClientView view(Client client, UUID viewerId) {
        List<Client> household = client.householdId() == null ? List.of()
                : clients.householdVisibleTo(client.householdId(), client.id(), viewerId);
        return ClientView.of(client, household);
    }

    private static String registrationNote(Client household, List<UUID> knownWithSameIdentity) {
        List<String> notes = new ArrayList<>();
        if (household != null) {
            notes.add("in the household of " + household.id());
        }
        if (!knownWithSameIdentity.isEmpty()) {
            notes.add("registered as a different person from " + knownWithSameIdentity.size()
                    + " known client(s) with the same family name and date of birth");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }
}
