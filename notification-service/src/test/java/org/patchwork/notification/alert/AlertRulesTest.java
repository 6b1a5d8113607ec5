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

    private final List<UUID> members = List.copyOf(network.memberIds());

    private ClientEvent.AttentionRaised attention(UUID actor) {
        return new ClientEvent.AttentionRaised(Instant.now(), client, "J.S.", actor, members, lead, "URGENT");
    }

    private ClientEvent.ReplacementNeeded replacementNeeded(boolean leadLeft) {
        return new ClientEvent.ReplacementNeeded(Instant.now(), client, "J.S.", null, members, lead,
                new ClientEvent.ProfessionalRef(teacher), leadLeft, null);
    }

    @Test
    void theAuthorOfAnAttentionIsNeverTold() {
        assertThat(AlertRules.alertsFor(attention(nurse), network))
                .extracting(Alert::recipientId).containsExactlyInAnyOrder(lead, teacher);
        assertThat(AlertRules.alertsFor(attention(nurse), network))
                .extracting(Alert::kind).containsOnly(AlertKind.URGENT_ATTENTION);
    }

    @Test
    void aReplacementIsAskedOfTheLeadOrOfEveryoneWhenTheLeadLeft() {
        assertThat(AlertRules.alertsFor(replacementNeeded(false), network))
                .containsExactly(new Alert(lead, AlertKind.REPLACEMENT_NEEDED));
        Network leaderless = new Network(client, null, Set.of(nurse, teacher));
        assertThat(AlertRules.alertsFor(replacementNeeded(true), leaderless))
                .extracting(Alert::recipientId).containsExactlyInAnyOrder(nurse, teacher);
    }

    @Test
    void eventsThatOnlyChangeTheNetworkTellNobody() {
        assertThat(AlertRules.alertsFor(new ClientEvent.NetworkChanged(Instant.now(), client, "J.S.", nurse, members,
                lead), network)).isEmpty();
        assertThat(AlertRules.alertsFor(new ClientEvent.VisitRecorded(Instant.now(), client, "J.S.", nurse, members),
                network)).isEmpty();
    }

    @Test
    void eachRecipientGetsOneAlertPerEvent() {
        assertThat(AlertRules.alertsFor(new ClientEvent.ClientNotSeen(Instant.now(), client, "J.S.", null, members,
                lead, 12L), network)).extracting(Alert::recipientId).containsExactlyInAnyOrder(lead, nurse, teacher);
    }

    @Test
    void aLapseTellsTheFormerMemberAndTheOthersButLeavesTheLeadToTheReplacementQuestion() {
        Network after = new Network(client, lead, Set.of(lead, nurse));
        ClientEvent.MembershipLapsed lapsed = new ClientEvent.MembershipLapsed(Instant.now(), client, "J.S.", null,
                List.of(lead, nurse), lead, new ClientEvent.ProfessionalRef(teacher), "NOT_CONFIRMED", false);

        assertThat(AlertRules.alertsFor(lapsed, after)).containsExactlyInAnyOrder(
                new Alert(teacher, AlertKind.MEMBERSHIP_ENDED), new Alert(nurse, AlertKind.MEMBER_LEFT));
    }

    @Test
    void aWithdrawalOfConsentTellsThoseItEndedAndThoseWhoRemainButNotWhoRecordedIt() {
        Network after = new Network(client, null, Set.of(nurse, teacher));
        ClientEvent.ConsentWithdrawn withdrawn = new ClientEvent.ConsentWithdrawn(Instant.now(), client, "J.S.", nurse,
                List.of(nurse, teacher), null, List.of(new ClientEvent.ProfessionalRef(lead)));

        assertThat(AlertRules.alertsFor(withdrawn, after)).containsExactlyInAnyOrder(
                new Alert(lead, AlertKind.MEMBERSHIP_ENDED), new Alert(teacher, AlertKind.CONSENT_WITHDRAWN));
    }

    @Test
    void theMemberConcernedIsAskedToConfirmOrRenew() {
        ClientEvent.ProfessionalRef concerned = new ClientEvent.ProfessionalRef(teacher);

        assertThat(AlertRules.alertsFor(new ClientEvent.InvolvementConfirmationRequested(Instant.now(), client,
                "J.S.", null, members, lead, concerned, Instant.now()), network))
                .containsExactly(new Alert(teacher, AlertKind.CONFIRM_INVOLVEMENT));
        assertThat(AlertRules.alertsFor(new ClientEvent.LegalBasisReviewDue(Instant.now(), client, "J.S.", null,
                members, lead, concerned, java.time.LocalDate.now()), network))
                .containsExactly(new Alert(teacher, AlertKind.LEGAL_BASIS_REVIEW_DUE));
    }

    @Test
    void anExpiringInvitationRemindsItsInvitee() {
        assertThat(AlertRules.alertsFor(new ClientEvent.InvitationExpiring(Instant.now(), client, "J.S.",
                UUID.randomUUID(), teacher, Instant.now()), new Network(client, null, Set.of())))
                .containsExactly(new Alert(teacher, AlertKind.INVITATION_EXPIRING));
    }
}
