package org.patchwork.network.professional;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.platform.test.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DirectoryEventsListenerTest extends NetworkIntegrationTest {

    @Test
    void aDirectoryEventDeliveredTwiceIsAppliedOnce() {
        UUID professionalId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        send(eventId, "ProfessionalRegistered", professionalId, "Demo Nurse", "01543 308000");
        send(eventId, "ProfessionalRegistered", professionalId, "Renamed By Redelivery", "01543 999999");
        send(UUID.randomUUID().toString(), "ProfessionalUpdated", professionalId, "Demo Nurse", "01543 308001");

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(contacts.findById(professionalId))
                .hasValueSatisfying(contact -> assertThat(contact.workPhone()).isEqualTo("01543 308001")));
        assertThat(contacts.findById(professionalId).orElseThrow().name()).isEqualTo("Demo Nurse");
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :consumer AND event_id = :id::uuid")
                .param("consumer", DirectoryEventsListener.CONSUMER).param("id", eventId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteNewerContactDetails() {
        UUID professionalId = UUID.randomUUID();
        Instant registeredAt = Instant.now().minusSeconds(5);

        send(UUID.randomUUID().toString(), "ProfessionalUpdated", professionalId, "Demo Nurse", "01543 308009",
                registeredAt.plusSeconds(1));
        String late = UUID.randomUUID().toString();
        send(late, "ProfessionalRegistered", professionalId, "Demo Nurse", "01543 308000", registeredAt);

        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                        "SELECT count(*) FROM processed_event WHERE consumer = :consumer AND event_id = :id::uuid")
                .param("consumer", DirectoryEventsListener.CONSUMER).param("id", late).query(Long.class).single() == 1);
        assertThat(contacts.findById(professionalId).orElseThrow().workPhone()).isEqualTo("01543 308009");
    }

    @Test
    void eventsOfOtherTypesOnTheTopicAreIgnored() {
        UUID professionalId = UUID.randomUUID();
        send(UUID.randomUUID().toString(), "AgencySuspended", professionalId, "Not A Professional", "01543 308000");
        send(UUID.randomUUID().toString(), "ProfessionalRegistered", professionalId, "Sample Worker", "01543 308002");

        await().atMost(Duration.ofMinutes(2)).until(() -> contacts.findById(professionalId).isPresent());
        assertThat(contacts.findById(professionalId).orElseThrow().name()).isEqualTo("Sample Worker");
    }

    private void send(String eventId, String type, UUID professionalId, String name, String workPhone) {
        send(eventId, type, professionalId, name, workPhone, Instant.now());
    }

    private void send(String eventId, String type, UUID professionalId, String name, String workPhone,
                      Instant occurredAt) {
        String json = """
                {"eventId":"%s","occurredAt":"%s","professional":{"id":"%s","keycloakSubject":"kc-%s",
                 "agency":"lichfield-dc","name":"%s","jobTitle":"District nurse","workPhone":"%s","mobile":null,
                 "email":"nurse@lichfield-dc.example","preferredContact":"WORK_PHONE","status":"ACTIVE",
                 "aFieldAddedInALaterVersion":true}}"""
                .formatted(eventId, occurredAt, professionalId, professionalId, name, workPhone);
        TestEvents.publish("directory.professionals", type, eventId, professionalId.toString(), "/directory-service",
                json);
    }

}
