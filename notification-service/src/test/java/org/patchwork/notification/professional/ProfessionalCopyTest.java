package org.patchwork.notification.professional;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The copy of the directory follows its events, keeping the newest word whatever order they arrive in. */
class ProfessionalCopyTest extends NotificationIntegrationTest {

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteNewerContactDetails() {
        UUID id = UUID.randomUUID();
        Instant registeredAt = Instant.now().minusSeconds(5);

        directoryEvent("ProfessionalUpdated", id, "ACTIVE", "new.address@lichfield-dc.example", registeredAt.plusSeconds(1));
        UUID late = directoryEvent("ProfessionalRegistered", id, "ACTIVE", "old.address@lichfield-dc.example",
                registeredAt);

        awaitConsumed(late);
        assertThat(copyOf(id)).containsEntry("email", "new.address@lichfield-dc.example").containsEntry("status", "ACTIVE");
    }

    @Test
    void aLeaverIsNotBroughtBackByAnUpdateThatArrivesAfterTheirLeaving() {
        UUID id = UUID.randomUUID();
        Instant updatedAt = Instant.now().minusSeconds(5);

        directoryEvent("ProfessionalLeft", id, "LEFT", "leaver@lichfield-dc.example", updatedAt.plusSeconds(1));
        UUID late = directoryEvent("ProfessionalUpdated", id, "ACTIVE", "leaver@lichfield-dc.example", updatedAt);

        awaitConsumed(late);
        assertThat(copyOf(id)).containsEntry("status", "LEFT");
    }

    @Test
    void aNewerEventReplacesTheCopy() {
        UUID id = UUID.randomUUID();
        Instant registeredAt = Instant.now().minusSeconds(5);

        directoryEvent("ProfessionalRegistered", id, "ACTIVE", "old.address@lichfield-dc.example", registeredAt);
        UUID newer = directoryEvent("ProfessionalUpdated", id, "ACTIVE", "new.address@lichfield-dc.example",
                registeredAt.plusSeconds(1));

        awaitConsumed(newer);
        assertThat(copyOf(id)).containsEntry("email", "new.address@lichfield-dc.example");
    }

    private UUID directoryEvent(String type, UUID professionalId, String status, String email, Instant occurredAt) {
        UUID eventId = UUID.randomUUID();
        publish("directory.professionals", type, professionalId, Map.of("eventId", eventId, "occurredAt", occurredAt,
                "professional", Map.of("id", professionalId, "keycloakSubject", "kc-" + professionalId,
                        "agency", "lichfield-dc", "name", "Demo Nurse", "email", email, "mobile", "07700 900123",
                        "status", status)));
        return eventId;
    }

    private Map<String, Object> copyOf(UUID professionalId) {
        return jdbc.sql("SELECT email, status FROM professional WHERE id = :id").param("id", professionalId)
                .query().singleRow();
    }
}
