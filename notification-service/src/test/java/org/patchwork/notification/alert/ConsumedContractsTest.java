package org.patchwork.notification.alert;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.patchwork.notification.membership.Network;
import org.patchwork.notification.preference.AlertKind;
import org.patchwork.platform.test.contracts.EventContracts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts read the client network's and the schedule's events as those services' contracts publish them: each
 * producer's example message, read from its folder, goes into the record of its type and through the same rules as
 * a consumed event; and every field those records read must be in the producer's example, so a producer that stops
 * sending one fails here.
 */
class ConsumedContractsTest {

    private static final EventContracts CLIENT_NETWORK = EventContracts.of("client-network-service");
    private static final EventContracts SCHEDULE = EventContracts.of("schedule-service");

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
    void everyEventTypeTheAlertsReadIsOneTheClientNetworkOrTheSchedulePublishes() {
        assertThat(published()).containsAll(AlertEventRouter.TYPES.keySet()).containsAll(ALERTING.keySet());
    }

    @Test
    void everyFieldTheAlertsReadIsInTheProducersExample() {
        List<String> missing = new ArrayList<>();
        AlertEventRouter.TYPES.forEach((type, record) -> {
            Example example = example(type);
            missingFields("", example.json(), record, missing, type);
        });
        assertThat(missing).as("fields the alerts read that the producers' examples no longer carry").isEmpty();
    }

    @Test
    void everyClientEventOfTheProducersIsReadWithTheClientAndTheNetworkItCarries() {
        AlertEventRouter.TYPES.forEach((type, record) -> {
            if (!ClientEvent.class.isAssignableFrom(record)) {
                return;
            }
            ClientEvent event = (ClientEvent) read(type);
            assertThat(event.clientId()).as(type).isNotNull();
            assertThat(event.occurredAt()).as(type).isNotNull();
            assertThat(event.memberIds()).as(type).isNotEmpty();
            if (event.saysWhoLeads()) {
                assertThat(event.memberIds()).as(type).contains(event.leadProfessionalId());
            }
        });
    }

    @Test
    void eachProducersExampleGivesTheAlertItsRuleSays() {
        ALERTING.forEach((type, kind) -> {
            ClientEvent event = (ClientEvent) read(type);
            Network network = new Network(event.clientId(), event.leadProfessionalId(), Set.copyOf(event.memberIds()));

            assertThat(AlertRules.alertsFor(event, network)).as(type).extracting(Alert::kind).contains(kind);
        });
    }

    @Test
    void theExamplesCarryWhatTheirAlertsSay() {
        var asked = (ClientEvent.InvolvementConfirmationRequested) read("InvolvementConfirmationRequested");
        assertThat(asked.confirmBy()).isNotNull();
        assertThat(asked.professional().id()).isNotNull();
        assertThat(((ClientEvent.LegalBasisReviewDue) read("LegalBasisReviewDue")).reviewDate()).isNotNull();
        assertThat(((ClientEvent.MembershipLapsed) read("MembershipLapsed")).reason())
                .isIn("NOT_CONFIRMED", "REVIEW_DATE_PASSED");
        assertThat(((ClientEvent.ReplacementNeeded) read("ReplacementNeeded")).reason()).isNotBlank();
        var withdrawn = (ClientEvent.ConsentWithdrawn) read("ConsentWithdrawn");
        assertThat(withdrawn.endedIds()).isNotEmpty().doesNotContainAnyElementsOf(withdrawn.memberIds());
        var sent = (ClientEvent.InvitationSent) read("InvitationSent");
        assertThat(sent.invitationId()).isNotNull();
        assertThat(sent.invitee().id()).isNotNull();
        assertThat(sent.expiresAt()).isNotNull();
        var clash = (ClientEvent.VisitClash) read("VisitClash");
        assertThat(clash.first().visitorId()).isNotEqualTo(clash.second().visitorId());
        assertThat(((ClientEvent.VisitScheduled) read("VisitScheduled")).visit().startsAt()).isNotNull();
    }

    @Test
    void anUnusualLookupVolumeExampleIsReadForTheAgencysInformationGovernanceOfficers() {
        UnusualLookupVolume volume = (UnusualLookupVolume) read("UnusualLookupVolume");

        assertThat(volume.agency()).isNotBlank();
        assertThat(volume.day()).isNotNull();
        assertThat(volume.ofOneProfessional()).isTrue();
        assertThat(volume.professional().id()).isInstanceOf(UUID.class);
    }

    @Test
    void aTypePublishedAfterThisReleaseStillKeepsTheNetworkCopyAndAlertsNobody() {
        assertThat(AlertEventRouter.recordOf("network.memberships", "SomethingNew"))
                .isEqualTo(ClientEvent.NetworkChanged.class);
        assertThat(AlertEventRouter.recordOf("schedule.visits", "SomethingNew"))
                .isEqualTo(ClientEvent.VisitRecorded.class);
    }

    private record Example(EventContracts producer, String topic, JsonNode json) {
    }

    /** The producer's example of the type, from whichever of the two producers publishes it. */
    private static Example example(String type) {
        for (EventContracts producer : List.of(CLIENT_NETWORK, SCHEDULE)) {
            for (String topic : producer.topics()) {
                if (producer.types(topic).contains(type)) {
                    return new Example(producer, topic, producer.exampleAsWritten(topic, type));
                }
            }
        }
        throw new AssertionError("No producer publishes " + type);
    }

    private static Object read(String type) {
        Example example = example(type);
        return example.producer().exampleAs(example.topic(), type, AlertEventRouter.TYPES.get(type));
    }

    /** Adds the path of each record component (at any depth) that the example does not carry. */
    private static void missingFields(String path, JsonNode json, Class<?> record, List<String> missing, String type) {
        for (RecordComponent component : record.getRecordComponents()) {
            String field = path + component.getName();
            if (!json.has(component.getName())) {
                missing.add(type + ": " + field);
                continue;
            }
            JsonNode value = json.get(component.getName());
            Class<?> nested = component.getType();
            if (nested.isRecord() && value.isObject()) {
                missingFields(field + ".", value, nested, missing, type);
            } else if (List.class.isAssignableFrom(nested) && value.isArray() && !value.isEmpty()) {
                Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
                    missingFields(field + "[].", value.get(0), elementClass, missing, type);
                }
            }
        }
    }

    private static Set<String> published() {
        Set<String> types = new TreeSet<>();
        CLIENT_NETWORK.topics().forEach(topic -> types.addAll(CLIENT_NETWORK.types(topic)));
        SCHEDULE.topics().forEach(topic -> types.addAll(SCHEDULE.types(topic)));
        return types;
    }
}
