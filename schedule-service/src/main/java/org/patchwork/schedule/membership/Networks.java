package org.patchwork.schedule.membership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.patchwork.schedule.audit.AccessAction;
import org.patchwork.schedule.audit.AccessLog;
import org.patchwork.schedule.professional.Professional;
import org.patchwork.schedule.professional.Professionals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need to know: only a current member of a client's network may know the client's visits and contacts. To anyone
 * else a client answers exactly as an unknown id does; so does it to a caller this service does not know yet.
 */
@Service
public class Networks {

    public static final String NO_SUCH_CLIENT = "No such client.";

    private final NetworkRepository networks;
    private final Professionals professionals;
    private final AccessLog accessLog;

    Networks(NetworkRepository networks, Professionals professionals, AccessLog accessLog) {
        this.networks = networks;
        this.professionals = professionals;
        this.accessLog = accessLog;
    }

    public ClientAccess access(Caller caller, UUID clientId) {
        Professional me = professionals.find(caller).orElseThrow(Networks::noSuchClient);
        return access(me, clientId).orElseThrow(Networks::noSuchClient);
    }

    /** Like {@link #access(Caller, UUID)} but also refuses changes to a closed client's schedule. */
    public ClientAccess accessToChange(Caller caller, UUID clientId) {
        ClientAccess access = access(caller, clientId);
        if (!access.client().isOpen()) {
            throw PatchworkException.conflict("This client has been closed; their schedule can no longer change.");
        }
        return access;
    }

    public Optional<ClientAccess> access(Professional me, UUID clientId) {
        return networks.findById(clientId).flatMap(client -> {
            List<UUID> members = networks.memberIds(clientId);
            return members.contains(me.id())
                    ? Optional.of(new ClientAccess(client, me, members))
                    : Optional.empty();
        });
    }

    public boolean isMember(UUID clientId, UUID professionalId) {
        return networks.isMember(clientId, professionalId);
    }

    public List<UUID> memberIds(UUID clientId) {
        return networks.memberIds(clientId);
    }

    public List<NetworkClient> openClients() {
        return networks.openClients();
    }

    /** The lead sets how many days without anyone seeing the client raise a warning. */
    @Transactional
    public void setNotSeenThreshold(Caller caller, UUID clientId, int days) {
        ClientAccess access = access(caller, clientId);
        if (!access.client().isLedBy(access.me().id())) {
            throw PatchworkException.forbidden("Only the lead professional sets this client's not-seen threshold.");
        }
        networks.setNotSeenThreshold(clientId, days);
        accessLog.record(access.me(), AccessAction.THRESHOLD_SET, clientId);
    }

    public static PatchworkException noSuchClient() {
        return PatchworkException.notFound(NO_SUCH_CLIENT);
    }
}
