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
        Instant visitAt = Instant.parse("2026-12-03T10:00:00Z");
        ClientEvent.VisitRescheduled event = new ClientEvent.VisitRescheduled(Instant.now(), client, "J.S.", null,
                List.of(), new ClientEvent.Visit(null, visitAt));
        for (AlertKind kind : AlertKind.values()) {
            if (!kind.choosable() || kind == AlertKind.UNUSUAL_LOOKUPS) {
                continue;
            }
            AlertMessage message = messages.write(kind, event);
            assertThat(message.body()).as(kind.name()).contains("(J.S.)");
            assertThat(message.link()).startsWith("https://patchwork.example");
            assertThat(message.subject() + message.body()).doesNotContainIgnoringCase("jane");
        }
        assertThat(messages.write(AlertKind.VISIT_ARRANGED_FOR_YOU, event).body())
                .isEqualTo("A colleague rescheduled your visit to a client (J.S.) on Thu 3 Dec 2026 at 10:00.");
    }

    @Test
    void freshnessAlertsSayWhatToDoByWhenAndWhyAMembershipEnded() {
        ClientEvent.InvolvementConfirmationRequested asked = new ClientEvent.InvolvementConfirmationRequested(
                Instant.now(), client, "J.S.", null, List.of(), null, null, Instant.parse("2026-12-21T09:30:00Z"));

        assertThat(messages.write(AlertKind.CONFIRM_INVOLVEMENT, asked).body())
                .isEqualTo("Are you still involved with a client (J.S.)? Sign in and confirm by Mon 21 Dec 2026, or"
                        + " your access to their details ends then.");
        assertThat(messages.write(AlertKind.MEMBERSHIP_ENDED, new ClientEvent.MembershipLapsed(Instant.now(), client,
                "J.S.", null, List.of(), null, null, "REVIEW_DATE_PASSED", false)).body())
                .startsWith("Your membership of the team supporting a client (J.S.) lapsed: the legal basis"
                        + " you recorded was not renewed by its review date.");
        assertThat(messages.write(AlertKind.REPLACEMENT_NEEDED, replacementNeeded(null, false)).body())
                .isEqualTo("A member of the team supporting a client (J.S.) has left their agency. Please say whether"
                        + " someone should replace them.");
        assertThat(messages.write(AlertKind.REPLACEMENT_NEEDED, replacementNeeded("CONSENT_WITHDRAWN", true)).body())
                .isEqualTo("The lead professional of the team supporting a"
                        + " client (J.S.) was involved on the basis of consent, which the client withdrew. Please name a"
                        + " new lead, and say whether someone should replace them.");
        assertThat(messages.write(AlertKind.MEMBERSHIP_ENDED, new ClientEvent.ConsentWithdrawn(Instant.now(), client,
                "J.S.", null, List.of(), null, List.of())).body())
                .startsWith("The client (J.S.) withdrew their consent to sharing, so your membership");
    }

    private ClientEvent.ReplacementNeeded replacementNeeded(String reason, boolean leadLeft) {
        return new ClientEvent.ReplacementNeeded(Instant.now(), client, "J.S.", null, List.of(), null, null, leadLeft,
                reason);
    }

    @Test
    void anUnusualLookupsAlertNamesTheProfessionalAndTheCountAndNoClient() {
        UnusualLookupVolume volume = new UnusualLookupVolume(Instant.now(), "lichfield-dc", null, "AGENCY",
                java.time.LocalDate.of(2026, 12, 7), 500, 1000);

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
