package org.patchwork.notification.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.patchwork.notification.config.NotificationProperties;
import org.patchwork.notification.delivery.NewNotification;
import org.patchwork.notification.delivery.NotificationRepository;
import org.patchwork.notification.membership.Network;
import org.patchwork.notification.membership.NetworkRepository;
import org.patchwork.notification.preference.AlertKind;
import org.patchwork.notification.preference.PlannedDelivery;
import org.patchwork.notification.preference.PreferenceRepository;
import org.patchwork.notification.preference.Preferences;
import org.patchwork.notification.professional.Professional;
import org.patchwork.notification.professional.ProfessionalRepository;
import org.patchwork.platform.events.CloudEventHeaders;
import org.patchwork.platform.events.IncomingEvent;
import org.patchwork.platform.security.standing.DirectoryStanding;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an event into notifications in the outbox, within the transaction that consumes the event: keeps the
 * network copy and open invitations up to date, finds who is told what, and records one notification per
 * recipient and channel their preferences ask for, never to a professional who left their agency or whose agency is
 * suspended.
 */
@Component
class AlertRecorder {

    /** The client network's events after which an invitation is no longer open. */
    static final Set<String> CLOSE_AN_INVITATION = Set.of("InvitationAccepted", "InvitationDeclined",
            "InvitationExpired");

    private final NetworkRepository networks;
    private final OpenInvitations invitations;
    private final ProfessionalRepository professionals;
    private final DirectoryStanding standing;
    private final PreferenceRepository preferences;
    private final NotificationRepository notifications;
    private final NotificationProperties properties;
    private final AlertMessages messages;
    private final Clock clock;
    private final JsonMapper jsonMapper;

    AlertRecorder(NetworkRepository networks, OpenInvitations invitations, ProfessionalRepository professionals,
                  DirectoryStanding standing, PreferenceRepository preferences, NotificationRepository notifications,
                  NotificationProperties properties, Clock clock, JsonMapper jsonMapper) {
        this.networks = networks;
        this.invitations = invitations;
        this.professionals = professionals;
        this.standing = standing;
        this.preferences = preferences;
        this.notifications = notifications;
        this.properties = properties;
        this.messages = new AlertMessages(properties.baseUrl(), properties.defaultQuietHours().timeZone());
        this.clock = clock;
        // Lenient: fields an event type does not carry (flags included) are simply absent.
        this.jsonMapper = jsonMapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    }

    /** @return how many notifications were recorded */
    int record(String topic, IncomingEvent event) {
        String type = event.type().startsWith(CloudEventHeaders.TYPE_PREFIX)
                ? event.type().substring(CloudEventHeaders.TYPE_PREFIX.length()) : event.type();
        if (type.equals("UnusualLookupVolume")) {
            return recordUnusualLookups(event);
        }
        ClientEventPayload payload = event.data(ClientEventPayload.class, jsonMapper);
        if (payload.clientId() == null) {
            return 0;
        }
        Instant occurredAt = payload.occurredAt() != null ? payload.occurredAt()
                : event.time() != null ? event.time() : clock.instant();
        // The client network service's events always say who leads (null: nobody); the schedule's mostly do not.
        boolean leadKnown = topic.startsWith("network.") || payload.leadProfessionalId() != null;
        if (payload.carriesTheNetwork()) {
            networks.apply(payload.clientId(), payload.memberIds(), payload.leadProfessionalId(), leadKnown, occurredAt);
        }
        boolean announce = trackInvitation(type, payload, occurredAt);
        Network network;
        if (payload.carriesTheNetwork()) {
            UUID lead = leadKnown ? payload.leadProfessionalId() : networks.find(payload.clientId()).leadId();
            network = new Network(payload.clientId(), lead, Set.copyOf(payload.memberIds()));
        } else {
            network = networks.find(payload.clientId());
        }
        return record(event.id(), type, payload, announce ? AlertRules.alertsFor(type, payload, network) : List.of(),
                occurredAt);
    }

    /** Reminds the invitee of an invitation about to expire; one reminder per invitation, whatever the retries. */
    int remind(OpenInvitations.OpenInvitation invitation) {
        ClientEventPayload payload = new ClientEventPayload(null, clock.instant(), invitation.clientId(),
                invitation.clientInitials(), null, null, null, null, null, invitation.invitationId(),
                invitation.expiresAt(), null, false, false, null, null, null, null, null, null, null, null, null, null,
                false, null);
        UUID reminderId = UUID.nameUUIDFromBytes(("invitation-reminder:" + invitation.invitationId())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return record(reminderId, "InvitationExpiring", payload,
                List.of(new Alert(invitation.inviteeId(), AlertKind.INVITATION_EXPIRING)), clock.instant());
    }

    /** Tells the agency's IG officers (never the professional concerned) about unusually many look-ups. */
    private int recordUnusualLookups(IncomingEvent event) {
        UnusualLookupVolume volume = event.data(UnusualLookupVolume.class, jsonMapper);
        if (volume.agency() == null || volume.day() == null) {
            return 0;
        }
        UUID concerned = volume.ofOneProfessional() ? volume.professional().id() : null;
        String name = concerned == null ? null
                : professionals.findAllById(List.of(concerned)).values().stream().map(Professional::name)
                        .findFirst().orElse(null);
        AlertMessage message = messages.unusualLookups(volume, name);
        List<Alert> alerts = professionals.igOfficersOf(volume.agency()).stream().map(Professional::id)
                .filter(officer -> !officer.equals(concerned))
                .map(officer -> new Alert(officer, AlertKind.UNUSUAL_LOOKUPS)).toList();
        Instant occurredAt = volume.occurredAt() != null ? volume.occurredAt() : clock.instant();
        return record(event.id(), alerts, alert -> message, null, occurredAt);
    }

    private int record(UUID eventId, String type, ClientEventPayload payload, List<Alert> alerts, Instant occurredAt) {
        return record(eventId, alerts, alert -> messages.write(type, alert.kind(), payload), payload.clientId(),
                occurredAt);
    }

    private int record(UUID eventId, List<Alert> alerts, Function<Alert, AlertMessage> write, UUID clientId,
                       Instant occurredAt) {
        List<UUID> recipients = alerts.stream().map(Alert::recipientId).toList();
        Set<UUID> barred = professionals.barredAmong(recipients, standing.suspendedAgencies());
        Map<UUID, Preferences> chosenBy = preferences.of(recipients);
        Instant now = clock.instant();
        int recorded = 0;
        for (Alert alert : alerts) {
            if (barred.contains(alert.recipientId())) {
                continue;
            }
            Preferences chosen = chosenBy.get(alert.recipientId());
            AlertMessage message = write.apply(alert);
            for (PlannedDelivery delivery : chosen.plan(alert.kind(), now)) {
                if (notifications.record(new NewNotification(eventId, alert.recipientId(), delivery.channel(),
                        alert.kind().name(), alert.kind().urgent(), clientId, message.subject(),
                        message.body(), message.link(), delivery.awaitingDigest(), delivery.notBefore(), occurredAt,
                        now))) {
                    recorded++;
                }
            }
        }
        return recorded;
    }

    /**
     * Keeps the open invitations up to date.
     *
     * @return false for an invitation's sending that arrives too late to announce: the invitation was answered
     *         or expired before its InvitationSent was consumed (events can arrive out of order)
     */
    private boolean trackInvitation(String type, ClientEventPayload payload, Instant occurredAt) {
        if (payload.invitationId() == null) {
            return true;
        }
        if (type.equals("InvitationSent")) {
            UUID invitee = ClientEventPayload.idOf(payload.invitee());
            Instant expiresAt = payload.expiresAt() != null ? payload.expiresAt()
                    : occurredAt.plus(properties.invitations().lifetime());
            return invitee != null && expiresAt.isAfter(clock.instant())
                    && invitations.open(payload.invitationId(), payload.clientId(), payload.clientInitials(),
                            invitee, expiresAt);
        }
        if (CLOSE_AN_INVITATION.contains(type)) {
            invitations.close(payload.invitationId());
        }
        return true;
    }
}
