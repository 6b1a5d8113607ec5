package org.patchwork.network.professional;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.patchwork.network.config.CallerToken;
import org.patchwork.platform.problem.PatchworkException;
import org.patchwork.platform.security.Caller;
import org.springframework.stereotype.Service;

/**
 * Who a professional is, from the local copy of the directory and, when that misses, from the directory
 * itself (with the caller's token relayed); what the directory answers is kept for next time.
 */
@Service
public class Professionals {

    private final ProfessionalContactRepository contacts;
    private final DirectoryClient directory;
    private final Clock clock;

    Professionals(ProfessionalContactRepository contacts, DirectoryClient directory, Clock clock) {
        this.contacts = contacts;
        this.directory = directory;
        this.clock = clock;
    }

    /** The caller's directory entry; asking the directory for it also provisions their profile there. */
    public ProfessionalContact me(Caller caller) {
        return contacts.findBySubject(caller.subject()).orElseGet(() -> {
            DirectoryProfessional me = directory.me(CallerToken.bearer());
            if (me == null || me.id() == null) {
                throw DirectoryClientFallback.unavailable();
            }
            ProfessionalContact contact = me.toContact(caller.subject());
            contacts.save(contact, clock.instant());
            return contact;
        });
    }

    /** A professional by their directory id; empty when the directory does not know them. */
    public Optional<ProfessionalContact> find(UUID id) {
        Optional<ProfessionalContact> local = contacts.findById(id);
        if (local.isPresent()) {
            return local;
        }
        Optional<ProfessionalContact> fetched = directory.professional(CallerToken.bearer(), id)
                .map(professional -> professional.toContact(null));
        fetched.ifPresent(contact -> contacts.save(contact, clock.instant()));
        return fetched;
    }

    /** Like {@link #find} but for showing a team: a directory outage leaves the contact out, not the page. */
    public Optional<ProfessionalContact> findForDisplay(UUID id) {
        try {
            return find(id);
        } catch (PatchworkException directoryUnavailable) {
            return Optional.empty();
        }
    }

    /**
     * Like {@link #findForDisplay} for a whole team: those in the local copy read in one query, any other asked of
     * the directory one by one. Those nobody knows are absent from the map.
     */
    public Map<UUID, ProfessionalContact> forDisplay(Collection<UUID> ids) {
        Map<UUID, ProfessionalContact> found = new HashMap<>();
        contacts.findAllById(ids).forEach(contact -> found.put(contact.id(), contact));
        for (UUID id : ids) {
            if (!found.containsKey(id)) {
                findForDisplay(id).ifPresent(contact -> found.put(id, contact));
            }
        }
        return found;
    }

    /** The local copy only, for work done without a caller (scheduled jobs, event consumers). */
    public Optional<ProfessionalContact> findLocally(UUID id) {
        return contacts.findById(id);
    }
}
