package org.patchwork.notification.alert;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.patchwork.notification.alert.ClientEvent.InvitationAnswered;
import org.patchwork.notification.alert.ClientEvent.InvitationExpired;
import org.patchwork.notification.alert.ClientEvent.InvitationExpiring;
import org.patchwork.notification.alert.ClientEvent.InvitationSent;
import org.patchwork.notification.alert.ClientEvent.ProfessionalRef;
import org.patchwork.notification.config.NotificationProperties;
import org.patchwork.notification.membership.Network;
import org.patchwork.notification.membership.NetworkRepository;
import org.springframework.stereotype.Component;

/**
 * What an event about a client does here, in the transaction that consumes it: the network copy takes the network
 * the event carries, the open invitations follow the invitation's events, and the people {@link AlertRules} names
 * are alerted through the {@link AlertOutbox}.
 */
@Component
class ClientEventAlerts {

    private final NetworkRepository networks;
    private final OpenInvitations invitations;
    private final AlertOutbox outbox;
    private final AlertMessages messages;
    private final NotificationProperties properties;
    private final Clock clock;

    ClientEventAlerts(NetworkRepository networks, OpenInvitations invitations, AlertOutbox outbox,
                      NotificationProperties properties, Clock clock) {
        this.networks = networks;
        this.invitations = invitations;
        this.outbox = outbox;
        this.messages = AlertMessages.of(properties);
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param published the event's CloudEvents time, for an event that does not say when it occurred
     * @return how many notifications were recorded
     */
    int record(UUID eventId, Instant published, ClientEvent event) {
        if (event.clientId() == null) {
            return 0;
        }
        Instant occurredAt = event.occurredAt() != null ? event.occurredAt()
                : published != null ? published : clock.instant();
        boolean carriesTheNetwork = event.memberIds() != null;
        if (carriesTheNetwork) {
            networks.apply(event.clientId(), event.memberIds(), event.leadProfessionalId(), event.saysWhoLeads(),
                    occurredAt);
        }
        if (!trackInvitation(event, occurredAt)) {
            return 0;
        }
        Network network;
        if (carriesTheNetwork) {
            UUID lead = event.saysWhoLeads() ? event.leadProfessionalId() : networks.find(event.clientId()).leadId();
            network = new Network(event.clientId(), lead, Set.copyOf(event.memberIds()));
        } else {
            network = networks.find(event.clientId());
        }
        return alert(eventId, event, network, occurredAt);
    }

    /** Reminds the invitee of an invitation about to expire; one reminder per invitation, whatever the retries. */
    int remind(OpenInvitations.OpenInvitation invitation) {
        Instant now = clock.instant();
        InvitationExpiring expiring = new InvitationExpiring(now, invitation.clientId(), invitation.clientInitials(),
                invitation.invitationId(), invitation.inviteeId(), invitation.expiresAt());
        UUID reminderId = UUID.nameUUIDFromBytes(("invitation-reminder:" + invitation.invitationId())
                .getBytes(StandardCharsets.UTF_8));
        return alert(reminderId, expiring, new Network(invitation.clientId(), null, Set.of()), now);
    }

    private int alert(UUID eventId, ClientEvent event, Network network, Instant occurredAt) {
        List<Alert> alerts = AlertRules.alertsFor(event, network);
        return outbox.record(eventId, alerts, alert -> messages.write(alert.kind(), event), event.clientId(),
                occurredAt);
    }

    /**
     * Keeps the open invitations up to date.
     *
     * @return false for an invitation's sending that arrives too late to announce: the invitation was answered
     *         or expired before its InvitationSent was consumed (events can arrive out of order)
     */
    private boolean trackInvitation(ClientEvent event, Instant occurredAt) {
        switch (event) {
            case InvitationSent sent when sent.invitationId() != null -> {
                UUID invitee = ProfessionalRef.idOf(sent.invitee());
                Instant expiresAt = sent.expiresAt() != null ? sent.expiresAt()
                        : occurredAt.plus(properties.invitations().lifetime());
                return invitee != null && expiresAt.isAfter(clock.instant())
                        && invitations.open(sent.invitationId(), sent.clientId(), sent.clientInitials(), invitee,
                                expiresAt);
            }
            case InvitationAnswered answered when answered.invitationId() != null ->
                    invitations.close(answered.invitationId());
            case InvitationExpired expired when expired.invitationId() != null ->
                    invitations.close(expired.invitationId());
            default -> {
            }
        }
        return true;
    }
}
