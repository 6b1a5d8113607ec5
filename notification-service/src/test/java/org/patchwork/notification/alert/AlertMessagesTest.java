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
                null, null, 21L, List.of(), null, "NOT_CONFIRMED", Instant.parse("2026-12-21T09:30:00Z"),
                java.time.LocalDate.of(2026, 12, 21), false, List.of());
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
    void freshnessAlertsSayWhatToDoByWhenAndWhyAMembershipEnded() {
        ClientEventPayload asked = event("NOT_CONFIRMED", false);

        assertThat(messages.write("InvolvementConfirmationRequested", AlertKind.CONFIRM_INVOLVEMENT, asked).body())
                .isEqualTo("Are you still involved with a client (J.S.)? Sign in and confirm by Mon 21 Dec 2026, or"
                        + " your access to their details ends then.");
        assertThat(messages.write("MembershipLapsed", AlertKind.MEMBERSHIP_ENDED, event("REVIEW_DATE_PASSED", false))
                .body()).startsWith("Your membership of the team supporting a client (J.S.) lapsed: the legal basis"
                        + " you recorded was not renewed by its review date.");
        assertThat(messages.write("ReplacementNeeded", AlertKind.REPLACEMENT_NEEDED, event(null, false)).body())
                .isEqualTo("A member of the team supporting a client (J.S.) has left their agency. Please say whether"
                        + " someone should replace them.");
        assertThat(messages.write("ReplacementNeeded", AlertKind.REPLACEMENT_NEEDED,
                event("CONSENT_WITHDRAWN", true)).body()).isEqualTo("The lead professional of the team supporting a"
                        + " client (J.S.) was involved on the basis of consent, which the client withdrew. Please name a"
                        + " new lead, and say whether someone should replace them.");
        assertThat(messages.write("ConsentWithdrawn", AlertKind.MEMBERSHIP_ENDED, asked).body())
                .startsWith("The client (J.S.) withdrew their consent to sharing, so your membership");
    }

    private ClientEventPayload event(String reason, boolean leadLeft) {
        return new ClientEventPayload(UUID.randomUUID(), Instant.now(), client, "J.S.", null, null, null, null, null,
                null, null, null, false, leadLeft, null, null, null, null, null, List.of(), null, reason,
                Instant.parse("2026-12-21T09:30:00Z"), java.time.LocalDate.of(2026, 12, 21), false, List.of());
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
