package org.patchwork.schedule.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.patchwork.schedule.events.ScheduleAccessed;
import org.patchwork.schedule.professional.Professional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who read or changed which client's schedule, and when, written in the same transaction as the read or change
 * so that information governance can show it. Calendar reads are recorded without a client: they span many. Each
 * record is also published ({@link ScheduleAccessed}, through the outbox in the same transaction), so that the
 * IG officers' audit trail in client-network-service holds the schedule's reads beside its own.
 */
@Component
public class AccessLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.clock = clock;
    }

    public void record(Professional who, AccessAction action, UUID clientId) {
        Timestamp at = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO access_record (keycloak_subject, professional_id, agency, action, client_id, at)
                        VALUES (:subject, :professionalId, :agency, :action, :clientId, :at)""")
                .param("subject", who.keycloakSubject() == null ? "" : who.keycloakSubject())
                .param("professionalId", who.id())
                .param("agency", who.agency())
                .param("action", action.name())
                .param("clientId", clientId)
                .param("at", at)
                .update();
        publish(who, action, clientId == null ? List.of() : List.of(clientId), at);
    }

    /**
     * One record per client, written in one round trip: a caseload lists many clients at once. It is published as
     * one event naming them all.
     */
    public void recordAll(Professional who, AccessAction action, List<UUID> clientIds) {
        Timestamp at = Timestamp.from(clock.instant());
        String subject = who.keycloakSubject() == null ? "" : who.keycloakSubject();
        batch.batchUpdate("""
                        INSERT INTO access_record (keycloak_subject, professional_id, agency, action, client_id, at)
                        VALUES (?, ?, ?, ?, ?, ?)""", clientIds, clientIds.size(), (statement, clientId) -> {
            statement.setString(1, subject);
            statement.setObject(2, who.id());
            statement.setString(3, who.agency());
            statement.setString(4, action.name());
            statement.setObject(5, clientId);
            statement.setTimestamp(6, at);
        });
        publish(who, action, clientIds, at);
    }

    private void publish(Professional who, AccessAction action, List<UUID> clientIds, Timestamp at) {
        events.publishEvent(new ScheduleAccessed(UUID.randomUUID(), at.toInstant(), who.ref(), action.name(),
                List.copyOf(clientIds)));
    }
}
