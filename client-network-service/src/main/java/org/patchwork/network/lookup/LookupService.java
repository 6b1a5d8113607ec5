package org.patchwork.network.lookup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.clientrecord.Client;
import org.patchwork.network.clientrecord.ClientIdentity;
import org.patchwork.network.clientrecord.ClientRepository;
import org.patchwork.network.config.NetworkProperties;
import org.patchwork.network.membership.NetworkService;
import org.patchwork.network.professional.ProfessionalContact;
import org.patchwork.network.professional.Professionals;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Finding out whether a client is already known, without browsing: exact identifying details in, a few
 * barely-identifying candidates out, every look-up (and every refused one) in the audit trail.
 */
@Service
public class LookupService {

    private final ClientRepository clients;
    private final NetworkService network;
    private final Professionals professionals;
    private final LookupRateLimiter limiter;
    private final AuditLog audit;
    private final int maxCandidates;

    LookupService(ClientRepository clients, NetworkService network, Professionals professionals,
                  LookupRateLimiter limiter, AuditLog audit, NetworkProperties properties) {
        this.clients = clients;
        this.network = network;
        this.professionals = professionals;
        this.limiter = limiter;
        this.audit = audit;
        this.maxCandidates = properties.lookupMaxCandidates();
    }

    List<LookupCandidate> lookup(Caller caller, LookupRequest request) {
        ProfessionalContact me = professionals.me(caller);
        acquire(caller, me, request.reason());
        String familyNameKey = LookupRules.familyNameKey(request.familyName());
        List<Client> found = clients.findByIdentity(familyNameKey, request.dateOfBirth(),
                ClientIdentity.postcode(request.postcode()), maxCandidates + 1);
        String criteria = request.postcode() == null ? "family name and date of birth"
                : "family name, date of birth and postcode";
        if (found.isEmpty()) {
            audit.record(caller, me.id(), AuditAction.LOOKUP_FOUND_NOTHING, null, null, request.reason(), criteria);
            return List.of();
        }
        if (found.size() > maxCandidates) {
            audit.record(caller, me.id(), AuditAction.CLIENT_LOOKED_UP, null, null, request.reason(),
                    "too many matches by " + criteria + "; none shown");
            throw new PatchworkException(HttpStatus.UNPROCESSABLE_CONTENT, "lookup-too-broad",
                    "More than " + maxCandidates + " people match: add their postcode to narrow the look-up.");
        }
        return found.stream().map(client -> {
            audit.record(caller, me.id(), AuditAction.CLIENT_LOOKED_UP, client.id(), null, request.reason(), criteria);
            return new LookupCandidate(client.id(), ClientIdentity.initial(client.givenName()),
                    client.dateOfBirth().getYear(), ClientIdentity.postcodeDistrict(client.postcode()),
                    network.agenciesInvolvedWith(client.id()), network.isCurrentMember(client.id(), me.id()));
        }).toList();
    }

    /**
     * The clients already known to Patchwork with this family name and date of birth. Registering asks this
     * first; when it finds someone it counts as a look-up, rate-limited and audited like one, and tells no more
     * than one. (Finding nobody registers the client, which is itself recorded and visible.)
     */
    public List<UUID> knownWithSameIdentity(Caller caller, ProfessionalContact me, String familyName,
                                            LocalDate dateOfBirth) {
        String reason = "checking for a duplicate before registering";
        List<UUID> found = clients.findByIdentity(ClientIdentity.familyNameKey(familyName), dateOfBirth, null,
                maxCandidates + 1).stream().map(Client::id).toList();
        if (!found.isEmpty()) {
            acquire(caller, me, reason);
        }
        for (UUID clientId : found) {
            audit.record(caller, me.id(), AuditAction.CLIENT_LOOKED_UP, clientId, null, reason,
                    "family name and date of birth");
        }
        return found;
    }

    private void acquire(Caller caller, ProfessionalContact me, String reason) {
        try {
            limiter.acquire(caller, me);
        } catch (LookupLimitExceeded exceeded) {
            audit.record(caller, me.id(), AuditAction.LOOKUP_REFUSED_RATE_LIMIT, null, null, reason, null);
            throw exceeded;
        }
    }
}
