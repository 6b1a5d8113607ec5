package org.patchwork.notification.alert;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.NotificationIntegrationTest;
import org.patchwork.platform.test.contracts.EventContracts;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The client network's involvement events, published as its contract's examples (ids changed to this test's
 * professionals), become the right alerts: the member asked to confirm or renew, the former member of a lapsed or
 * ended membership, the network, and the lead asked about a replacement. An email is awaited as having arrived at
 * least once (SMTP may deliver a retried one twice; {@code ExactlyOnceFaultTest} is about that); what was planned is read
 * from the notifications recorded, one per recipient.
 */
class InvolvementAlertsTest extends NotificationIntegrationTest {

    private static final EventContracts CLIENT_NETWORK = EventContracts.of("client-network-service");
    private static final String TOPIC = "network.memberships";

    @Test
    void aMemberAskedToConfirmIsEmailedWithTheDateTheirAccessEnds() throws Exception {
        Pro lead = professional("Demo Lead");
        Pro nurse = professional("Demo Nurse");
        UUID clientId = UUID.randomUUID();
        ObjectNode asked = example("InvolvementConfirmationRequested", clientId, List.of(lead, nurse), lead, null);
        asked.set("professional", refNode(nurse));
        asked.put("confirmBy", "2026-12-21T09:30:00Z");
        publish("InvolvementConfirmationRequested", clientId, asked);

        await().until(() -> !emailsTo(nurse).isEmpty());
        assertThat(kindsOf(clientId)).isEqualTo(Map.of(nurse.id(), "CONFIRM_INVOLVEMENT"));
        assertThat(emailsTo(nurse).getFirst().getSubject()).isEqualTo("Patchwork: are you still involved with a client?");
        assertThat(body(nurse)).contains("(J.S.)").contains("confirm by Mon 21 Dec 2026");
        assertThat(jdbc.sql("SELECT link FROM notification WHERE recipient_id = :id").param("id", nurse.id())
                .query(String.class).single()).isEqualTo("https://patchwork.example/confirmations");
    }

    @Test
    void aMemberWhoseReviewDateIsNearIsAskedToRenew() {
        Pro lead = professional("Demo Lead");
        Pro nurse = professional("Demo Nurse");
        UUID clientId = UUID.randomUUID();
        ObjectNode due = example("LegalBasisReviewDue", clientId, List.of(lead, nurse), lead, null);
        due.set("professional", refNode(nurse));
        publish("LegalBasisReviewDue", clientId, due);

        await().until(() -> !emailsTo(nurse).isEmpty());
        assertThat(kindsOf(clientId)).isEqualTo(Map.of(nurse.id(), "LEGAL_BASIS_REVIEW_DUE"));
        assertThat(body(nurse)).contains("due for review on Mon 21 Dec 2026");
    }

    @Test
    void aLapseTellsTheFormerMemberAndTheNetworkAndAsksTheLeadAboutAReplacement() {
        Pro lead = professional("Demo Lead");
        Pro nurse = professional("Demo Nurse");
        Pro teacher = professional("Demo Teacher");
        UUID clientId = UUID.randomUUID();
        ObjectNode lapsed = example("MembershipLapsed", clientId, List.of(lead, teacher), lead, null);
        lapsed.set("professional", refNode(nurse));
        ObjectNode replacement = example("ReplacementNeeded", clientId, List.of(lead, teacher), lead, null);
        replacement.set("professional", refNode(nurse));
        replacement.put("reason", "NOT_CONFIRMED");
        publish("MembershipLapsed", clientId, lapsed);
        publish("ReplacementNeeded", clientId, replacement);

        await().until(() -> !emailsTo(nurse).isEmpty() && !emailsTo(teacher).isEmpty() && !emailsTo(lead).isEmpty());
        assertThat(notificationsTo(nurse)).extracting(row -> row.get("kind")).containsExactly("MEMBERSHIP_ENDED");
        assertThat(notificationsTo(teacher)).extracting(row -> row.get("kind")).containsExactly("MEMBER_LEFT");
        assertThat(notificationsTo(lead)).extracting(row -> row.get("kind")).containsExactly("REPLACEMENT_NEEDED");
        assertThat(body(nurse)).contains("did not confirm you were still involved");
        assertThat(body(lead))
                .contains("did not confirm they were still involved, and their membership lapsed")
                .contains("say whether someone should replace them");
    }

    @Test
    void aWithdrawalOfConsentTellsThoseItEndedAndThoseWhoContinueButNotWhoRecordedIt() {
        Pro lead = professional("Demo Lead");
        Pro firefighter = professional("Demo Firefighter");
        Pro nurse = professional("Demo Nurse");
        UUID clientId = UUID.randomUUID();
        ObjectNode withdrawn = example("ConsentWithdrawn", clientId, List.of(nurse), null, lead);
        withdrawn.set("recordedBy", refNode(lead));
        ArrayNode ended = withdrawn.putArray("ended");
        ended.add(refNode(lead));
        ended.add(refNode(firefighter));
        withdrawn.putArray("continuingWithoutConsent").add(refNode(nurse));
        publish("ConsentWithdrawn", clientId, withdrawn);

        await().until(() -> !emailsTo(firefighter).isEmpty() && !emailsTo(nurse).isEmpty());
        assertThat(kindsOf(clientId)).isEqualTo(Map.of(firefighter.id(), "MEMBERSHIP_ENDED",
                nurse.id(), "CONSENT_WITHDRAWN"));
        assertThat(body(firefighter)).contains("The client (J.S.) withdrew their consent").contains("has ended");
        assertThat(body(nurse)).contains("remain involved on a statutory basis");
    }

    /** The producer's example of the type about this client, with this network and actor. */
    private static ObjectNode example(String type, UUID clientId, List<Pro> members, Pro lead, Pro actor) {
        ObjectNode event = CLIENT_NETWORK.example(TOPIC, type);
        event.put("clientId", clientId.toString());
        event.put("actorProfessionalId", actor == null ? null : actor.id().toString());
        ArrayNode memberIds = event.putArray("memberIds");
        members.forEach(member -> memberIds.add(member.id().toString()));
        event.put("leadProfessionalId", lead == null ? null : lead.id().toString());
        return event;
    }

    private static ObjectNode refNode(Pro pro) {
        ObjectNode ref = JSON.createObjectNode();
        ref.put("id", pro.id().toString());
        ref.put("keycloakSubject", pro.subject());
        ref.put("agency", "lichfield-dc");
        return ref;
    }

    private void publish(String type, UUID clientId, ObjectNode event) {
        CLIENT_NETWORK.publish(TOPIC, type, clientId.toString(), event);
        awaitConsumed(event.get("eventId").asString());
    }

    /** The text of the one alert recorded for the professional. */
    private String body(Pro pro) {
        return (String) notificationsTo(pro).getFirst().get("body");
    }

    private Map<UUID, String> kindsOf(UUID clientId) {
        return jdbc.sql("SELECT DISTINCT recipient_id, kind FROM notification WHERE client_id = :clientId")
                .param("clientId", clientId)
                .query((rs, row) -> Map.entry(rs.getObject("recipient_id", UUID.class), rs.getString("kind"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
