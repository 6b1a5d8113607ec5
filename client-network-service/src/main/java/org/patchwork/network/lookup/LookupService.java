package org.patchwork.network.lookup;

import java.util.List;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.client.Client;
import org.patchwork.network.client.ClientIdentity;
import org.patchwork.network.client.ClientRepository;
import org.patchwork.network.config.NetworkProperties;
import org.patchwork.network.network.NetworkService;
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
class LookupService {

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
        try {
            limiter.acquire(caller.subject());
        } catch (LookupLimitExceeded exceeded) {
            audit.record(caller, me.id(), AuditAction.LOOKUP_REFUSED_RATE_LIMIT, null, null, request.reason(), null);
            throw exceeded;
        }
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
}
