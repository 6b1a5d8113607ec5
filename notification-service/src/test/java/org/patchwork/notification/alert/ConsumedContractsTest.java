package org.patchwork.notification.alert;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.membership.Network;
import org.patchwork.notification.preference.AlertKind;
import org.patchwork.platform.test.contracts.EventContracts;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts read the client network's and the schedule's events as those services' contracts publish them: their
 * example messages, read from the producers' folders, go through the same reading and rules as a consumed event.
 */
class ConsumedContractsTest {

    private static final EventContracts CLIENT_NETWORK = EventContracts.of("client-network-service");
    private static final EventContracts SCHEDULE = EventContracts.of("schedule-service");
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    /** Each event type that alerts someone, and the alert its example gives. */
    private static final Map<String, AlertKind> ALERTING = Map.ofEntries(
            Map.entry("InvitationSent", AlertKind.INVITATION_RECEIVED),
            Map.entry("InvitationExpired", AlertKind.INVITATION_EXPIRED),
            Map.entry("MemberJoinedNetwork", AlertKind.JOIN_NEEDS_REVIEW),
            Map.entry("MemberLeftNetwork", AlertKind.MEMBER_LEFT),
            Map.entry("MemberRemovedFromNetwork", AlertKind.REMOVED_FROM_NETWORK),
            Map.entry("LeadProfessionalChanged", AlertKind.LEAD_CHANGED),
            Map.entry("ReplacementNeeded", AlertKind.REPLACEMENT_NEEDED),
            Map.entry("InvolvementConfirmationRequested", AlertKind.CONFIRM_INVOLVEMENT),
            Map.entry("LegalBasisReviewDue", AlertKind.LEGAL_BASIS_REVIEW_DUE),
            Map.entry("MembershipLapsed", AlertKind.MEMBERSHIP_ENDED),
            Map.entry("ConsentWithdrawn", AlertKind.MEMBERSHIP_ENDED),
            Map.entry("AttentionRaised", AlertKind.URGENT_ATTENTION),
            Map.entry("VisitScheduled", AlertKind.VISIT_CHANGED),
            Map.entry("VisitRescheduled", AlertKind.VISIT_CHANGED),
            Map.entry("VisitCancelled", AlertKind.VISIT_CHANGED),
            Map.entry("VisitNoAccess", AlertKind.NO_ACCESS),
            Map.entry("ClientNotSeen", AlertKind.CLIENT_NOT_SEEN),
            Map.entry("VisitClash", AlertKind.VISIT_CLASH));

    @Test
    void everyEventTypeThatClosesAnInvitationIsOneTheClientNetworkPublishes() {
        assertThat(CLIENT_NETWORK.types("network.memberships")).containsAll(AlertRecorder.CLOSE_AN_INVITATION);
    }

    @Test
    void everyEventTypeThatAlertsIsOneTheClientNetworkOrTheSchedulePublishes() {
        assertThat(published()).containsAll(ALERTING.keySet());
    }

    @Test
    void everyClientEventOfTheProducersIsReadWithTheClientAndTheNetworkItCarries() {
        for (String topic : List.of("network.clients", "network.memberships", "network.attentions")) {
            for (String type : CLIENT_NETWORK.types(topic)) {
                ClientEventPayload event = read(CLIENT_NETWORK.exampleAsWritten(topic, type));
                assertThat(event.carriesTheNetwork()).as(type).isTrue();
                assertThat(event.occurredAt()).as(type).isNotNull();
            }
        }
        for (String type : SCHEDULE.types("schedule.visits")) {
            ClientEventPayload event = read(SCHEDULE.exampleAsWritten("schedule.visits", type));
            assertThat(event.carriesTheNetwork()).as(type).isTrue();
        }
    }

    @Test
    void eachProducersExampleGivesTheAlertItsRuleSays() {
        ALERTING.forEach((type, kind) -> {
            EventContracts producer = type.startsWith("Visit") || type.equals("ClientNotSeen") ? SCHEDULE
                    : CLIENT_NETWORK;
            String topic = producer.topics().stream().filter(candidate -> producer.types(candidate).contains(type))
                    .findFirst().orElseThrow();
            ClientEventPayload event = read(producer.exampleAsWritten(topic, type));
            Network network = new Network(event.clientId(), event.leadProfessionalId(), Set.copyOf(event.memberIds()));

            assertThat(AlertRules.alertsFor(type, event, network)).as(type).extracting(Alert::kind).contains(kind);
        });
    }

    @Test
    void theFreshnessExamplesCarryWhatTheirAlertsSay() {
        ClientEventPayload asked = read(CLIENT_NETWORK.exampleAsWritten("network.memberships",
                "InvolvementConfirmationRequested"));
        assertThat(asked.confirmBy()).isNotNull();
        assertThat(asked.concernedId()).isNotNull();
        assertThat(read(CLIENT_NETWORK.exampleAsWritten("network.memberships", "LegalBasisReviewDue")).reviewDate())
                .isNotNull();
        assertThat(read(CLIENT_NETWORK.exampleAsWritten("network.memberships", "MembershipLapsed")).reason())
                .isIn("NOT_CONFIRMED", "REVIEW_DATE_PASSED");
        assertThat(read(CLIENT_NETWORK.exampleAsWritten("network.memberships", "ReplacementNeeded")).reason())
                .isNotBlank();
        ClientEventPayload withdrawn = read(CLIENT_NETWORK.exampleAsWritten("network.memberships", "ConsentWithdrawn"));
        assertThat(withdrawn.endedIds()).isNotEmpty().doesNotContainAnyElementsOf(withdrawn.memberIds());
    }

    @Test
    void anInvitationExampleNamesTheInvitationAndTheInvitee() {
        ClientEventPayload sent = read(CLIENT_NETWORK.exampleAsWritten("network.memberships", "InvitationSent"));

        assertThat(sent.invitationId()).isNotNull();
        assertThat(ClientEventPayload.idOf(sent.invitee())).isNotNull();
        assertThat(sent.expiresAt()).isNotNull();
    }

    @Test
    void anUnusualLookupVolumeExampleIsReadForTheAgencysInformationGovernanceOfficers() {
        UnusualLookupVolume volume = JSON.treeToValue(
                CLIENT_NETWORK.exampleAsWritten("network.lookups", "UnusualLookupVolume"), UnusualLookupVolume.class);

        assertThat(volume.agency()).isNotBlank();
        assertThat(volume.day()).isNotNull();
        assertThat(volume.ofOneProfessional()).isTrue();
        assertThat(volume.professional().id()).isInstanceOf(UUID.class);
    }

    private static Set<String> published() {
        Set<String> types = new java.util.TreeSet<>();
        CLIENT_NETWORK.topics().forEach(topic -> types.addAll(CLIENT_NETWORK.types(topic)));
        SCHEDULE.topics().forEach(topic -> types.addAll(SCHEDULE.types(topic)));
        return types;
    }

    private static ClientEventPayload read(JsonNode example) {
        return JSON.treeToValue(example, ClientEventPayload.class);
    }
}
