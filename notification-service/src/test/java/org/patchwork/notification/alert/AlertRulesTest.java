package org.patchwork.notification.alert;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.membership.Network;
import org.patchwork.notification.preference.AlertKind;

import static org.assertj.core.api.Assertions.assertThat;

class AlertRulesTest {

    private final UUID lead = UUID.randomUUID();
    private final UUID nurse = UUID.randomUUID();
    private final UUID teacher = UUID.randomUUID();
    private final UUID client = UUID.randomUUID();
    private final Network network = new Network(client, lead, Set.of(lead, nurse, teacher));

    private ClientEventPayload event(UUID actor, String priority, boolean leadLeft) {
        return new ClientEventPayload(UUID.randomUUID(), Instant.now(), client, "J.S.", actor, null, teacher, null,
                null, null, null, priority, false, leadLeft, null, null, null, null, null,
                List.copyOf(network.memberIds()), lead, null, null, null, false, null);
    }

    @Test
    void theAuthorOfAnAttentionIsNeverTold() {
        assertThat(AlertRules.alertsFor("AttentionRaised", event(nurse, "URGENT", false), network))
                .extracting(Alert::recipientId).containsExactlyInAnyOrder(lead, teacher);
        assertThat(AlertRules.alertsFor("AttentionRaised", event(nurse, "URGENT", false), network))
                .extracting(Alert::kind).containsOnly(AlertKind.URGENT_ATTENTION);
    }

    @Test
    void aReplacementIsAskedOfTheLeadOrOfEveryoneWhenTheLeadLeft() {
        assertThat(AlertRules.alertsFor("ReplacementNeeded", event(null, null, false), network))
                .containsExactly(new Alert(lead, AlertKind.REPLACEMENT_NEEDED));
        Network leaderless = new Network(client, null, Set.of(nurse, teacher));
        assertThat(AlertRules.alertsFor("ReplacementNeeded", event(null, null, true), leaderless))
                .extracting(Alert::recipientId).containsExactlyInAnyOrder(nurse, teacher);
    }

    @Test
    void unknownEventTypesTellNobody() {
        assertThat(AlertRules.alertsFor("ClientUpdated", event(nurse, null, false), network)).isEmpty();
    }

    @Test
    void eachRecipientGetsOneAlertPerEvent() {
        assertThat(AlertRules.alertsFor("ClientNotSeen", event(null, null, false), network))
                .extracting(Alert::recipientId).containsExactlyInAnyOrder(lead, nurse, teacher);
    }

    @Test
    void aLapseTellsTheFormerMemberAndTheOthersButLeavesTheLeadToTheReplacementQuestion() {
        Network after = new Network(client, lead, Set.of(lead, nurse));
        ClientEventPayload lapsed = new ClientEventPayload(UUID.randomUUID(), Instant.now(), client, "J.S.", null,
                new ClientEventPayload.Ref(teacher), null, null, null, null, null, null, false, false, null, null, null,
                null, null, List.of(lead, nurse), lead, "NOT_CONFIRMED", null, null, false, null);

        assertThat(AlertRules.alertsFor("MembershipLapsed", lapsed, after)).containsExactlyInAnyOrder(
                new Alert(teacher, AlertKind.MEMBERSHIP_ENDED), new Alert(nurse, AlertKind.MEMBER_LEFT));
    }

    @Test
    void aWithdrawalOfConsentTellsThoseItEndedAndThoseWhoRemainButNotWhoRecordedIt() {
        Network after = new Network(client, null, Set.of(nurse, teacher));
        ClientEventPayload withdrawn = new ClientEventPayload(UUID.randomUUID(), Instant.now(), client, "J.S.", nurse,
                null, null, null, null, null, null, null, false, false, null, null, null, null, null,
                List.of(nurse, teacher), null, null, null, null, false, List.of(new ClientEventPayload.Ref(lead)));

        assertThat(AlertRules.alertsFor("ConsentWithdrawn", withdrawn, after)).containsExactlyInAnyOrder(
                new Alert(lead, AlertKind.MEMBERSHIP_ENDED), new Alert(teacher, AlertKind.CONSENT_WITHDRAWN));
    }

    @Test
    void theMemberConcernedIsAskedToConfirmOrRenew() {
        ClientEventPayload asked = new ClientEventPayload(UUID.randomUUID(), Instant.now(), client, "J.S.", null,
                new ClientEventPayload.Ref(teacher), null, null, null, null, null, null, false, false, null, null, null,
                null, null, List.copyOf(network.memberIds()), lead, null, Instant.now(), null, false, null);

        assertThat(AlertRules.alertsFor("InvolvementConfirmationRequested", asked, network))
                .containsExactly(new Alert(teacher, AlertKind.CONFIRM_INVOLVEMENT));
        assertThat(AlertRules.alertsFor("LegalBasisReviewDue", asked, network))
                .containsExactly(new Alert(teacher, AlertKind.LEGAL_BASIS_REVIEW_DUE));
        assertThat(AlertRules.alertsFor("InvolvementConfirmed", asked, network)).isEmpty();
    }
}
