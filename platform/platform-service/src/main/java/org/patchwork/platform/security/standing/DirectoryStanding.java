package org.patchwork.platform.security.standing;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;

/**
 * A service's own copy of who may no longer use Patchwork, as the directory's events said
 * ({@link DirectoryStandingListener}): the leavers' subjects and the suspended agencies' codes, held in memory
 * for the per-request check and reloaded from the service's {@code directory_standing} table after each change
 * this instance applies and every few seconds ({@code patchwork.standing.refresh-every}), so that the instances
 * that did not consume an event learn it from the table.
 */
public class DirectoryStanding implements AccessStanding {

    private final DirectoryStandingRepository repository;
    private volatile Barred barred = new Barred(Set.of(), Set.of());

    DirectoryStanding(DirectoryStandingRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<PatchworkException> refusal(Caller caller) {
        Barred current = barred;
        if (current.leavers().contains(caller.subject())) {
            return Optional.of(StandingRefusals.professionalLeft());
        }
        if (!caller.agency().isEmpty() && current.suspendedAgencies().contains(caller.agency())
                && !caller.hasRole(Caller.PLATFORM_ADMIN)) {
            return Optional.of(StandingRefusals.agencySuspended());
        }
        return Optional.empty();
    }

    /** Whether the directory has said this professional (by Keycloak subject) left their agency. */
    public boolean hasLeft(String subject) {
        return subject != null && barred.leavers().contains(subject);
    }

    /** Whether the agency is suspended from the data sharing agreement, as the directory last said. */
    public boolean isSuspended(String agencyCode) {
        return agencyCode != null && barred.suspendedAgencies().contains(agencyCode);
    }

    public Set<String> suspendedAgencies() {
        return barred.suspendedAgencies();
    }

    /** Reloads the copy from the table. */
    public void refresh() {
        Set<String> leavers = new HashSet<>();
        Set<String> agencies = new HashSet<>();
        repository.barred().forEach(entry -> (entry.kind() == StandingKind.PROFESSIONAL ? leavers : agencies)
                .add(entry.key()));
        barred = new Barred(Set.copyOf(leavers), Set.copyOf(agencies));
    }

    boolean holdsBarred(StandingKind kind, String key) {
        Barred current = barred;
        return (kind == StandingKind.PROFESSIONAL ? current.leavers() : current.suspendedAgencies()).contains(key);
    }

    private record Barred(Set<String> leavers, Set<String> suspendedAgencies) {
    }
}
