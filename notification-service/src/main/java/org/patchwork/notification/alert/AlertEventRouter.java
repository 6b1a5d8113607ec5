package org.patchwork.notification.alert;

import java.util.Map;

import org.patchwork.notification.alert.ClientEvent.AttentionRaised;
import org.patchwork.notification.alert.ClientEvent.ClientNotSeen;
import org.patchwork.notification.alert.ClientEvent.ConsentWithdrawn;
import org.patchwork.notification.alert.ClientEvent.InvitationAnswered;
import org.patchwork.notification.alert.ClientEvent.InvitationExpired;
import org.patchwork.notification.alert.ClientEvent.InvitationSent;
import org.patchwork.notification.alert.ClientEvent.InvolvementConfirmationRequested;
import org.patchwork.notification.alert.ClientEvent.LeadProfessionalChanged;
import org.patchwork.notification.alert.ClientEvent.LegalBasisReviewDue;
import org.patchwork.notification.alert.ClientEvent.MemberJoinedNetwork;
import org.patchwork.notification.alert.ClientEvent.MemberLeftNetwork;
import org.patchwork.notification.alert.ClientEvent.MemberRemovedFromNetwork;
import org.patchwork.notification.alert.ClientEvent.MembershipLapsed;
import org.patchwork.notification.alert.ClientEvent.NetworkChanged;
import org.patchwork.notification.alert.ClientEvent.ReplacementNeeded;
import org.patchwork.notification.alert.ClientEvent.VisitCancelled;
import org.patchwork.notification.alert.ClientEvent.VisitClash;
import org.patchwork.notification.alert.ClientEvent.VisitNoAccess;
import org.patchwork.notification.alert.ClientEvent.VisitRecorded;
import org.patchwork.notification.alert.ClientEvent.VisitRescheduled;
import org.patchwork.notification.alert.ClientEvent.VisitScheduled;
import org.patchwork.notification.retention.ClientErasure;
import org.patchwork.platform.events.CloudEventHeaders;
import org.patchwork.platform.events.IncomingEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that decides what becomes of each event type the alerts consume: it reads the event into the record
 * of its type and hands it to its handler. Client events keep the network copy and the open invitations and alert
 * the people {@link AlertRules} names ({@link ClientEventAlerts}); unusual look-up volumes alert the agency's
 * information governance officers ({@link UnusualLookupAlerts}); a client's records erased at the end of the
 * retention period erases what this service holds about them ({@link ClientErasure}).
 */
@Component
class AlertEventRouter {

    /** The records of the event types consumed, by the CloudEvents type's simple name. */
    static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("ClientRegistered", NetworkChanged.class),
            Map.entry("ClientUpdated", NetworkChanged.class),
            Map.entry("ClientClosed", NetworkChanged.class),
            Map.entry("ClientReopened", NetworkChanged.class),
            Map.entry("ClientRecordsErased", ClientRecordsErased.class),
            Map.entry("InvitationSent", InvitationSent.class),
            Map.entry("InvitationAccepted", InvitationAnswered.class),
            Map.entry("InvitationDeclined", InvitationAnswered.class),
            Map.entry("InvitationExpired", InvitationExpired.class),
            Map.entry("MemberJoinedNetwork", MemberJoinedNetwork.class),
            Map.entry("MemberLeftNetwork", MemberLeftNetwork.class),
            Map.entry("MemberRemovedFromNetwork", MemberRemovedFromNetwork.class),
            Map.entry("LeadProfessionalChanged", LeadProfessionalChanged.class),
            Map.entry("ReplacementNeeded", ReplacementNeeded.class),
            Map.entry("InvolvementConfirmationRequested", InvolvementConfirmationRequested.class),
            Map.entry("InvolvementConfirmed", NetworkChanged.class),
            Map.entry("LegalBasisReviewDue", LegalBasisReviewDue.class),
            Map.entry("LegalBasisRenewed", NetworkChanged.class),
            Map.entry("MembershipLapsed", MembershipLapsed.class),
            Map.entry("ConsentWithdrawn", ConsentWithdrawn.class),
            Map.entry("AttentionRaised", AttentionRaised.class),
            Map.entry("VisitScheduled", VisitScheduled.class),
            Map.entry("VisitRescheduled", VisitRescheduled.class),
            Map.entry("VisitCancelled", VisitCancelled.class),
            Map.entry("VisitNoAccess", VisitNoAccess.class),
            Map.entry("VisitCompleted", VisitRecorded.class),
            Map.entry("ContactRecorded", VisitRecorded.class),
            Map.entry("ClientNotSeen", ClientNotSeen.class),
            Map.entry("VisitClash", VisitClash.class),
            Map.entry("UnusualLookupVolume", UnusualLookupVolume.class));

    private final ClientEventAlerts clientEvents;
    private final UnusualLookupAlerts unusualLookups;
    private final ClientErasure erasure;
    private final JsonMapper jsonMapper;

    AlertEventRouter(ClientEventAlerts clientEvents, UnusualLookupAlerts unusualLookups, ClientErasure erasure,
                     JsonMapper jsonMapper) {
        this.clientEvents = clientEvents;
        this.unusualLookups = unusualLookups;
        this.erasure = erasure;
        // Fields the record does not name are ignored; flags an event predates are false.
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    }

    /** @return how many notifications the event recorded */
    int route(String topic, IncomingEvent event) {
        Object typed = event.data(recordOf(topic, simpleType(event)), jsonMapper);
        return switch (typed) {
            case UnusualLookupVolume volume -> unusualLookups.record(event.id(), volume);
            case ClientRecordsErased erased -> {
                erasure.erase(erased.clientId());
                yield 0;
            }
            case ClientEvent clientEvent -> clientEvents.record(event.id(), event.time(), clientEvent);
            default -> throw new IllegalStateException("No handler for " + typed.getClass());
        };
    }

    /**
     * The record of a type; a type published after this release (producers add types compatibly) still carries the
     * network, which the copy keeps.
     */
    static Class<?> recordOf(String topic, String type) {
        Class<?> known = TYPES.get(type);
        if (known != null) {
            return known;
        }
        return topic.startsWith("schedule.") ? VisitRecorded.class : NetworkChanged.class;
    }

    private static String simpleType(IncomingEvent event) {
        return event.type().startsWith(CloudEventHeaders.TYPE_PREFIX)
                ? event.type().substring(CloudEventHeaders.TYPE_PREFIX.length()) : event.type();
    }
}
