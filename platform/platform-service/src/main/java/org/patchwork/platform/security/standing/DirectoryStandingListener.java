package org.patchwork.platform.security.standing;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.patchwork.platform.events.IdempotentConsumer;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds {@link DirectoryStanding} from the directory's events: a professional's standing from
 * {@code ProfessionalRegistered}, {@code ProfessionalUpdated} (their status) and {@code ProfessionalLeft}; an
 * agency's from {@code AgencySuspended}, {@code AgencyOnboarded} (also sent when it is reinstated) and
 * {@code AgencyUpdated} (its status). A consumer group of its own ({@code <service>.standing}), so that it reads
 * every record of {@code directory.professionals} beside the service's own consumer of that topic rather than
 * sharing its partitions; each event applied once (keyed by event id).
 */
class DirectoryStandingListener {

    static final String CONSUMER = "platform.standing";

    private final IdempotentConsumer idempotentConsumer;
    private final DirectoryStandingRepository repository;
    private final DirectoryStanding standing;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    DirectoryStandingListener(IdempotentConsumer idempotentConsumer, DirectoryStandingRepository repository,
                              DirectoryStanding standing, JsonMapper jsonMapper, Clock clock) {
        this.idempotentConsumer = idempotentConsumer;
        this.repository = repository;
        this.standing = standing;
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.clock = clock;
    }

    @KafkaListener(topics = {"directory.professionals", "directory.agencies"},
            groupId = "${spring.application.name}.standing")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        StandingKind kind;
        if (event.is("ProfessionalRegistered") || event.is("ProfessionalUpdated") || event.is("ProfessionalLeft")) {
            kind = StandingKind.PROFESSIONAL;
        } else if (event.is("AgencyOnboarded") || event.is("AgencyUpdated") || event.is("AgencySuspended")) {
            kind = StandingKind.AGENCY;
        } else {
            return;
        }
        AtomicBoolean changed = new AtomicBoolean();
        idempotentConsumer.consumeOnce(CONSUMER, event, received -> {
            StandingEvent data = received.data(StandingEvent.class, jsonMapper);
            String key = kind == StandingKind.PROFESSIONAL
                    ? data.professional() == null ? null : data.professional().keycloakSubject()
                    : data.agency() == null ? null : data.agency().code();
            if (key == null) {
                // A professional entered by their agency who never signed in has no subject to refuse yet; the
                // event that links their account carries it.
                return;
            }
            boolean barred = kind == StandingKind.PROFESSIONAL
                    ? received.is("ProfessionalLeft") || "LEFT".equals(data.professional().status())
                    : received.is("AgencySuspended")
                            || received.is("AgencyUpdated") && "SUSPENDED".equals(data.agency().status());
            Instant asOf = data.occurredAt() != null ? data.occurredAt()
                    : received.time() != null ? received.time() : clock.instant();
            changed.set(repository.record(kind, key, barred, asOf) && (barred || standing.holdsBarred(kind, key)));
        });
        if (changed.get()) {
            standing.refresh();
        }
    }

    /** The part of the directory's professional and agency events (v1) a standing is read from. */
    record StandingEvent(Instant occurredAt, Professional professional, Agency agency) {

        record Professional(String keycloakSubject, String status) {
        }

        record Agency(String code, String status) {
        }
    }
}
