package org.patchwork.network.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.audit.AuditAction;
import org.patchwork.network.audit.AuditLog;
import org.patchwork.network.config.RetentionProperties;
import org.patchwork.network.events.ClientRecordsErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the records of clients closed longer than the retention period: the client's own rows here, each client in
 * a transaction of its own, then {@link ClientRecordsErased} tells the other services to erase theirs. The audit
 * trail is kept, pseudonymised: the client's id is replaced by a random pseudonym recorded nowhere else, so the
 * records about the client still read as one person's and say who accessed them, without saying who the person was.
 * The erasure itself is audited under the pseudonym. A client reopened meanwhile is left alone.
 */
@Service
public class ClientErasure {

    static final int BATCH = 50;

    /** Where the erasure of a client no lead was ever recorded for is audited: the platform itself. */
    private static final String PLATFORM_AGENCY = "patchwork";

    private final ErasureRepository erasures;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final RetentionProperties retention;
    private final Clock clock;

    ClientErasure(ErasureRepository erasures, AuditLog audit, ApplicationEventPublisher events,
                  TransactionTemplate transactions, RetentionProperties retention, Clock clock) {
        this.erasures = erasures;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.retention = retention;
        this.clock = clock;
    }

    /** @return how many clients one batch erased */
    public int eraseDue() {
        Instant closedBefore = closedBefore(clock.instant());
        List<UUID> due = erasures.closedBefore(closedBefore, BATCH);
        int erased = 0;
        for (UUID clientId : due) {
            Boolean done = transactions.execute(status -> erase(clientId, closedBefore));
            erased += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return erased;
    }

    /** Closed before this instant, a client's records have been kept long enough (the period counted in UTC). */
    Instant closedBefore(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(retention.closedClientRecords()).toInstant();
    }

    private boolean erase(UUID clientId, Instant closedBefore) {
        return erasures.lockClosedBefore(clientId, closedBefore).map(client -> {
            String agency = erasures.lastLeadAgency(clientId).orElse(PLATFORM_AGENCY);
            UUID pseudonym = UUID.randomUUID();
            erasures.eraseClientRows(client);
            LocalDate closedOn = LocalDate.ofInstant(client.closedAt(), ZoneOffset.UTC);
            audit.recordSystem(agency, AuditAction.CLIENT_RECORDS_ERASED, pseudonym, null,
                    "records of a client closed on " + closedOn + " erased after the retention period ("
                            + retention.closedClientRecords() + "); the client's audit records pseudonymised");
            erasures.pseudonymiseAudit(clientId, pseudonym);
            events.publishEvent(new ClientRecordsErased(UUID.randomUUID(), clock.instant(), clientId));
            return true;
        }).orElse(false);
    }
}
