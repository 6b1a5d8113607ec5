package org.patchwork.notification.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Unusually many client look-ups reach the agency's IG officers, and nobody else. */
class UnusualLookupsAlertTest extends NotificationIntegrationTest {

    @Test
    void unusualLookupVolumeIsSentToTheAgencysIgOfficersOnly() throws Exception {
        String agency = "lookups-" + UUID.randomUUID().toString().substring(0, 8);
        Pro officer = professional("Example Governance Officer", agency, true);
        Pro secondOfficer = professional("Example Deputy Officer", agency, true);
        Pro searcher = professional("Sample Busy Searcher", agency, false);
        Pro otherAgencysOfficer = professional("Example Elsewhere Officer", "elsewhere-" + agency, true);
        Map<String, Object> event = new HashMap<>(Map.of("eventId", UUID.randomUUID(), "occurredAt", Instant.now(),
                "agency", agency, "scope", "PROFESSIONAL", "day", LocalDate.of(2026, 12, 7).toString(),
                "lookupsToday", 50, "alertLevel", 50, "dailyLimit", 100,
                "professional", Map.of("id", searcher.id(), "keycloakSubject", searcher.subject(), "agency", agency)));

        publish("network.lookups", "UnusualLookupVolume", agency, event);

        await().atMost(Duration.ofSeconds(90)).until(() -> emailsTo(officer).size() == 1 && emailsTo(secondOfficer).size() == 1);
        String email = content(emailsTo(officer).getFirst());
        assertThat(emailsTo(officer).getFirst().getSubject()).isEqualTo("Patchwork: unusually many client look-ups");
        assertThat(email).contains("Sample Busy Searcher made 50 client look-ups on Mon 7 Dec 2026",
                "the day's limit is 100", "/audit");
        assertThat(notificationsTo(officer)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("kind", "UNUSUAL_LOOKUPS"));
        assertThat(notificationsTo(searcher)).isEmpty();
        assertThat(notificationsTo(otherAgencysOfficer)).isEmpty();
    }
}
