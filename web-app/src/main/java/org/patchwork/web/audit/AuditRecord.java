package org.patchwork.web.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.patchwork.web.clients.LegalBasis;
import org.patchwork.web.config.OrderedLabels;

/** One record of the client network service's audit trail, as an IG officer reads it. */
record AuditRecord(long id, Instant occurredAt, UUID actorProfessionalId, String actorName, String actorAgency,
                   String action, UUID clientId, UUID professionalId, String basis, String detail) {

    static final Map<String, String> ACTIONS = OrderedLabels.of(
            "CLIENT_REGISTERED", "Added the client",
            "CLIENT_VIEWED", "Viewed the client",
            "CLIENT_UPDATED", "Changed the client's details",
            "CLIENT_CLOSED", "Closed the client's record",
            "CLIENTS_LISTED", "Listed their clients",
            "CLIENT_LOOKED_UP", "Looked up a client",
            "LOOKUP_FOUND_NOTHING", "Looked up a client and found nobody",
            "LOOKUP_REFUSED_RATE_LIMIT", "Look-up refused: too many in a short time",
            "NETWORK_VIEWED", "Viewed the client's team",
            "MEMBER_JOINED", "Joined the client's team",
            "MEMBER_LEFT", "Left the client's team",
            "MEMBER_REMOVED", "Removed a member of the team",
            "MEMBER_LEFT_AGENCY", "Left their organisation; membership ended",
            "LEAD_CHANGED", "Changed the lead professional",
            "INVITATION_SENT", "Invited a colleague",
            "INVITATION_VIEWED", "Viewed an invitation",
            "INVITATION_ACCEPTED", "Accepted an invitation",
            "INVITATION_DECLINED", "Declined an invitation",
            "ATTENTIONS_VIEWED", "Viewed the attentions",
            "ATTENTION_RAISED", "Raised an attention",
            "ATTENTION_RESOLVED", "Marked an attention as dealt with",
            "OVERVIEW_VIEWED", "Viewed the client's page",
            "AUDIT_VIEWED", "Searched the audit",
            "SELF_JOINS_VIEWED", "Listed the joins to review",
            "SELF_JOIN_REVIEWED", "Reviewed a join");

    /** What was done; an action the service records that has no label here yet still reads as words. */
    public String actionLabel() {
        if (ACTIONS.containsKey(action)) {
            return ACTIONS.get(action);
        }
        String words = String.valueOf(action).replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The legal basis as practitioners chose it, or the reason given for a look-up as it was typed. */
    public String basisLabel() {
        return Arrays.stream(LegalBasis.values()).filter(legalBasis -> legalBasis.name().equals(basis))
                .map(LegalBasis::label).findFirst().orElse(basis);
    }

    /** The start of the client's reference: enough to tell records apart on a phone. */
    public String shortClientReference() {
        return clientId == null ? null : clientId.toString().substring(0, 8);
    }
}
