package org.patchwork.notification.alert;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.preference.AlertKind;

import static org.assertj.core.api.Assertions.assertThat;

class AlertMessagesTest {

    private final AlertMessages messages = new AlertMessages("https://patchwork.example/", ZoneId.of("Europe/London"));
    private final UUID client = UUID.randomUUID();

    @Test
    void everyAlertCarriesInitialsAndALinkAndNothingElseAboutTheClient() {
        ClientEventPayload event = new ClientEventPayload(UUID.randomUUID(), Instant.now(), client, "J.S.", null,
                null, null, null, null, UUID.randomUUID(), Instant.parse("2026-12-03T10:00:00Z"), "URGENT", false,
                false, new ClientEventPayload.Visit(null, null, null, Instant.parse("2026-12-03T10:00:00Z")), null,
                null, null, 21L, List.of(), null);
        for (AlertKind kind : AlertKind.values()) {
            if (!kind.choosable() || kind == AlertKind.UNUSUAL_LOOKUPS) {
                continue;
            }
            AlertMessage message = messages.write("VisitRescheduled", kind, event);
            assertThat(message.body()).as(kind.name()).contains("(J.S.)");
            assertThat(message.link()).startsWith("https://patchwork.example");
            assertThat(message.subject() + message.body()).doesNotContainIgnoringCase("jane");
        }
        assertThat(messages.write("VisitRescheduled", AlertKind.VISIT_ARRANGED_FOR_YOU, event).body())
                .isEqualTo("A colleague rescheduled your visit to a client (J.S.) on Thu 3 Dec 2026 at 10:00.");
    }

    @Test
    void anUnusualLookupsAlertNamesTheProfessionalAndTheCountAndNoClient() {
        UnusualLookupVolume volume = new UnusualLookupVolume(UUID.randomUUID(), Instant.now(), "lichfield-dc",
                null, "AGENCY", java.time.LocalDate.of(2026, 12, 7), 500, 500, 1000);

        AlertMessage message = messages.unusualLookups(volume, null);

        assertThat(message.body()).isEqualTo("Your organisation's staff together made 500 client look-ups on Mon 7 Dec"
                + " 2026 (the day's limit is 1000). Sign in to see who looked up which client, and why, in the audit.");
        assertThat(message.link()).isEqualTo("https://patchwork.example/audit");
    }

    @Test
    void initialsAreReducedToLettersWhateverArrives() {
        assertThat(AlertMessages.initials("J.S.")).isEqualTo(" (J.S.)");
        assertThat(AlertMessages.initials("jane smithson")).isEqualTo(" (J.S.)");
        assertThat(AlertMessages.initials("Jane Mary Ann Smithson Jones")).isEqualTo(" (J.M.A.S.)");
        assertThat(AlertMessages.initials(null)).isEmpty();
        assertThat(AlertMessages.initials("0123 456")).isEmpty();
    }
}
