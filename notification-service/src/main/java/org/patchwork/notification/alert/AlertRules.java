package org.patchwork.notification.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.patchwork.notification.alert.ClientEvent.AttentionRaised;
import org.patchwork.notification.alert.ClientEvent.ClientNotSeen;
import org.patchwork.notification.alert.ClientEvent.ConsentWithdrawn;
import org.patchwork.notification.alert.ClientEvent.InvitationAnswered;
import org.patchwork.notification.alert.ClientEvent.InvitationExpired;
import org.patchwork.notification.alert.ClientEvent.InvitationExpiring;
import org.patchwork.notification.alert.ClientEvent.InvitationSent;
import org.patchwork.notification.alert.ClientEvent.InvolvementConfirmationRequested;
import org.patchwork.notification.alert.ClientEvent.LeadProfessionalChanged;
import org.patchwork.notification.alert.ClientEvent.LegalBasisReviewDue;
import org.patchwork.notification.alert.ClientEvent.MemberJoinedNetwork;
import org.patchwork.notification.alert.ClientEvent.MemberLeftNetwork;
import org.patchwork.notification.alert.ClientEvent.MemberRemovedFromNetwork;
import org.patchwork.notification.alert.ClientEvent.MembershipLapsed;
import org.patchwork.notification.alert.ClientEvent.NetworkChanged;
import org.patchwork.notification.alert.ClientEvent.ProfessionalRef;
import org.patchwork.notification.alert.ClientEvent.ReplacementNeeded;
import org.patchwork.notification.alert.ClientEvent.VisitChanged;
import org.patchwork.notification.alert.ClientEvent.VisitClash;
import org.patchwork.notification.alert.ClientEvent.VisitNoAccess;
import org.patchwork.notification.alert.ClientEvent.VisitRecorded;
import org.patchwork.notification.membership.Network;
import org.patchwork.notification.preference.AlertKind;

/**
 * Who is told what about an event: a switch over every type of client event, so a type added to
 * {@link ClientEvent} does not compile until it is given its alerts. Each professional gets at most one alert per
 * event (the most specific), and the professional who caused the event is never told about it.
 */
final class AlertRules {

    private AlertRules() {
    }

    /**
     * @param event   the event
     * @param network the client's network after the event
     */
    static List<Alert> alertsFor(ClientEvent event, Network network) {
        List<Alert> alerts = new ArrayList<>();
        Collection<UUID> members = network.memberIds();
        UUID lead = network.leadId();
        switch (event) {
            case InvitationSent sent -> add(alerts, AlertKind.INVITATION_RECEIVED, ProfessionalRef.idOf(sent.invitee()));
            case InvitationExpiring expiring -> add(alerts, AlertKind.INVITATION_EXPIRING, expiring.inviteeId());
            case InvitationExpired expired ->
                    add(alerts, AlertKind.INVITATION_EXPIRED, ProfessionalRef.idOf(expired.invitedBy()));
            case MemberJoinedNetwork joined -> {
                if (joined.flaggedForIgReview()) {
                    add(alerts, AlertKind.JOIN_NEEDS_REVIEW, lead);
                }
                UUID newcomer = ProfessionalRef.idOf(joined.professional());
                members.stream().filter(member -> !member.equals(newcomer))
                        .forEach(member -> add(alerts, AlertKind.MEMBER_JOINED, member));
            }
            case MemberLeftNetwork left -> addAll(alerts, AlertKind.MEMBER_LEFT, members);
            case MemberRemovedFromNetwork removed -> {
                add(alerts, AlertKind.REMOVED_FROM_NETWORK, ProfessionalRef.idOf(removed.professional()));
                addAll(alerts, AlertKind.MEMBER_LEFT, members);
            }
            case LeadProfessionalChanged changed -> addAll(alerts, AlertKind.LEAD_CHANGED, members);
            case ReplacementNeeded needed -> {
                if (lead != null && !needed.leadLeft() && !lead.equals(ProfessionalRef.idOf(needed.professional()))) {
                    add(alerts, AlertKind.REPLACEMENT_NEEDED, lead);
                } else {
                    addAll(alerts, AlertKind.REPLACEMENT_NEEDED, members);
                }
            }
            case InvolvementConfirmationRequested asked ->
                    add(alerts, AlertKind.CONFIRM_INVOLVEMENT, ProfessionalRef.idOf(asked.professional()));
            case LegalBasisReviewDue due ->
                    add(alerts, AlertKind.LEGAL_BASIS_REVIEW_DUE, ProfessionalRef.idOf(due.professional()));
            case MembershipLapsed lapsed -> {
                add(alerts, AlertKind.MEMBERSHIP_ENDED, ProfessionalRef.idOf(lapsed.professional()));
                // The ReplacementNeeded that follows asks the lead (or, when the lead lapsed, everyone).
                if (!lapsed.wasLead()) {
                    members.stream().filter(member -> !member.equals(lead))
                            .sorted().forEach(member -> add(alerts, AlertKind.MEMBER_LEFT, member));
                }
            }
            case ConsentWithdrawn withdrawn -> {
                addAll(alerts, AlertKind.MEMBERSHIP_ENDED, withdrawn.endedIds());
                addAll(alerts, AlertKind.CONSENT_WITHDRAWN, members);
            }
            case AttentionRaised raised ->
                    addAll(alerts, raised.urgent() ? AlertKind.URGENT_ATTENTION : AlertKind.ATTENTION, members);
            case VisitChanged changed -> {
                UUID visitor = changed.visit() == null ? null : changed.visit().visitorId();
                if (visitor != null && !visitor.equals(changed.actorProfessionalId())) {
                    add(alerts, AlertKind.VISIT_ARRANGED_FOR_YOU, visitor);
                }
                addAll(alerts, AlertKind.VISIT_CHANGED, members);
            }
            case VisitNoAccess noAccess -> addAll(alerts, AlertKind.NO_ACCESS, members);
            case ClientNotSeen notSeen -> {
                add(alerts, AlertKind.CLIENT_NOT_SEEN, lead);
                addAll(alerts, AlertKind.CLIENT_NOT_SEEN, members);
            }
            case VisitClash clash -> {
                add(alerts, AlertKind.VISIT_CLASH, clash.first() == null ? null : clash.first().visitorId());
                add(alerts, AlertKind.VISIT_CLASH, clash.second() == null ? null : clash.second().visitorId());
            }
            case NetworkChanged changed -> {
                return List.of();
            }
            case InvitationAnswered answered -> {
                return List.of();
            }
            case VisitRecorded recorded -> {
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
