package org.patchwork.notification.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.patchwork.notification.membership.Network;
import org.patchwork.notification.preference.AlertKind;

/**
 * Who is told what about an event. Each professional gets at most one alert per event (the most specific), and
 * the professional who caused the event is never told about it.
 */
final class AlertRules {

    private AlertRules() {
    }

    /**
     * @param type    the event's simple type name, e.g. {@code AttentionRaised}
     * @param event   the event
     * @param network the client's network after the event
     */
    static List<Alert> alertsFor(String type, ClientEventPayload event, Network network) {
        List<Alert> alerts = new ArrayList<>();
        Collection<UUID> members = network.memberIds();
        UUID lead = network.leadId();
        switch (type) {
            case "InvitationSent" -> add(alerts, AlertKind.INVITATION_RECEIVED, ClientEventPayload.idOf(event.invitee()));
            case "InvitationExpired" ->
                    add(alerts, AlertKind.INVITATION_EXPIRED, ClientEventPayload.idOf(event.invitedBy()));
            case "MemberJoinedNetwork" -> {
                if (event.flaggedForIgReview()) {
                    add(alerts, AlertKind.JOIN_NEEDS_REVIEW, lead);
                }
                members.stream().filter(member -> !member.equals(event.concernedId()))
                        .forEach(member -> add(alerts, AlertKind.MEMBER_JOINED, member));
            }
            case "MemberLeftNetwork" -> addAll(alerts, AlertKind.MEMBER_LEFT, members);
            case "MemberRemovedFromNetwork" -> {
                add(alerts, AlertKind.REMOVED_FROM_NETWORK, event.concernedId());
                addAll(alerts, AlertKind.MEMBER_LEFT, members);
            }
            case "LeadProfessionalChanged" -> addAll(alerts, AlertKind.LEAD_CHANGED, members);
            case "ReplacementNeeded" -> {
                if (lead != null && !event.leadLeft() && !lead.equals(event.concernedId())) {
                    add(alerts, AlertKind.REPLACEMENT_NEEDED, lead);
                } else {
                    addAll(alerts, AlertKind.REPLACEMENT_NEEDED, members);
                }
            }
            case "InvolvementConfirmationRequested" ->
                    add(alerts, AlertKind.CONFIRM_INVOLVEMENT, event.concernedId());
            case "LegalBasisReviewDue" -> add(alerts, AlertKind.LEGAL_BASIS_REVIEW_DUE, event.concernedId());
            case "MembershipLapsed" -> {
                add(alerts, AlertKind.MEMBERSHIP_ENDED, event.concernedId());
                // The ReplacementNeeded that follows asks the lead (or, when the lead lapsed, everyone).
                if (!event.wasLead()) {
                    members.stream().filter(member -> !member.equals(lead))
                            .sorted().forEach(member -> add(alerts, AlertKind.MEMBER_LEFT, member));
                }
            }
            case "ConsentWithdrawn" -> {
                addAll(alerts, AlertKind.MEMBERSHIP_ENDED, event.endedIds());
                addAll(alerts, AlertKind.CONSENT_WITHDRAWN, members);
            }
            case "AttentionRaised" ->
                    addAll(alerts, event.urgent() ? AlertKind.URGENT_ATTENTION : AlertKind.ATTENTION, members);
            case "VisitScheduled", "VisitRescheduled", "VisitCancelled" -> {
                UUID visitor = event.visitorId();
                if (visitor != null && !visitor.equals(event.actorProfessionalId())) {
                    add(alerts, AlertKind.VISIT_ARRANGED_FOR_YOU, visitor);
                }
                addAll(alerts, AlertKind.VISIT_CHANGED, members);
            }
            case "VisitNoAccess" -> addAll(alerts, AlertKind.NO_ACCESS, members);
            case "ClientNotSeen" -> {
                add(alerts, AlertKind.CLIENT_NOT_SEEN, lead);
                addAll(alerts, AlertKind.CLIENT_NOT_SEEN, members);
            }
            case "VisitClash" -> {
                add(alerts, AlertKind.VISIT_CLASH, event.first() == null ? null : event.first().visitorId());
                add(alerts, AlertKind.VISIT_CLASH, event.second() == null ? null : event.second().visitorId());
            }
            default -> {
                return List.of();
            }
        }
        Map<UUID, Alert> onePerRecipient = new LinkedHashMap<>();
        alerts.stream()
                .filter(alert -> !alert.recipientId().equals(event.actorProfessionalId()))
                .forEach(alert -> onePerRecipient.putIfAbsent(alert.recipientId(), alert));
        return List.copyOf(onePerRecipient.values());
    }

    private static void add(List<Alert> alerts, AlertKind kind, UUID recipient) {
        if (recipient != null) {
            alerts.add(new Alert(recipient, kind));
        }
    }

    private static void addAll(List<Alert> alerts, AlertKind kind, Collection<UUID> recipients) {
        recipients.stream().filter(Objects::nonNull).sorted().forEach(recipient -> add(alerts, kind, recipient));
    }
}
