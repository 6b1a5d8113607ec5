package org.patchwork.network.client;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.events.ClientClosed;
import org.patchwork.network.events.ClientRegistered;
import org.patchwork.network.events.ClientUpdated;
import org.patchwork.network.network.ClientAccess;
import org.patchwork.network.network.NetworkService;
import org.patchwork.network.network.NetworkSnapshot;
import org.patchwork.network.professional.ProfessionalContact;
import org.patchwork.network.professional.Professionals;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering, reading and correcting a client's identifying details, for members of their network only. */
@Service
class ClientService {

    private final ClientRepository clients;
    private final NetworkService network;
    private final Professionals professionals;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClientService(ClientRepository clients, NetworkService network, Professionals professionals, AuditLog audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.network = network;
        this.professionals = professionals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    ClientView register(Caller caller, RegisterClient request) {
        ProfessionalContact me = professionals.me(caller);
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
                request.basis().legalBasis().name(), household == null ? null : "in the household of " + household.id());
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
    ClientView close(Caller caller, UUID clientId) {
        ClientAccess access = network.accessToChange(caller, clientId);
        if (!access.membership().isLead()) {
            throw PatchworkException.forbidden("Only the lead professional can close a client.");
        }
        Instant now = clock.instant();
        clients.close(clientId, now);
        audit.record(caller, access.me().id(), AuditAction.CLIENT_CLOSED, clientId, null, access.basis(), null);
        NetworkSnapshot snapshot = network.snapshot(access.client());
        events.publishEvent(new ClientClosed(UUID.randomUUID(), now, clientId, access.client().initials(),
                access.me().id(), access.me().ref(), snapshot.memberIds(), snapshot.leadProfessionalId()));
        return view(clients.findById(clientId).orElseThrow(), access.me().id());
    }

    @Transactional
    List<MyClient> mine(Caller caller) {
        ProfessionalContact me = professionals.me(caller);
        List<MyClient> mine = clients.currentlySupportedBy(me.id());
        mine.forEach(client -> audit.record(caller, me.id(), AuditAction.CLIENTS_LISTED, client.id(), null, null,
                "listed among my clients"));
        return mine;
    }

    private ClientView view(Client client, UUID viewerId) {
        List<Client> household = client.householdId() == null ? List.of()
                : clients.householdVisibleTo(client.householdId(), client.id(), viewerId);
        return ClientView.of(client, household);
    }
}
