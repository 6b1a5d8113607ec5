package org.patchwork.network.subjectaccess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.patchwork.network.audit.AuditRecord;

/**
 * Everything Patchwork holds about one client, for a subject access request, as of {@code exportedAt}: what
 * client-network holds, the schedule's visits and contacts, the alerts the notification service sent about them, and
 * the audit trail of who accessed the record and why.
 * Professionals appear by their directory id; {@code professionals} discloses the work details of each one named
 * (their professional capacity), nothing else about them.
 *
 * @param exportedByAgency the agency of the IG officer who exported it (the export is in the audit trail with them)
 * @param alerts      the alerts sent about the client, oldest first: their kind, when, and to which role and agency;
 *                    never their text, which was written for its recipients
 * @param notIncluded what Patchwork holds about the client that this export does not carry yet, said plainly
 */
public record SubjectAccessExport(int formatVersion, Instant exportedAt, String exportedByAgency, Identity client,
                                  Household household, List<Membership> network, List<Invitation> invitations,
                                  List<Attention> attentions, List<ConsentWithdrawal> consentWithdrawals,
                                  ScheduleHeld schedule, List<Alert> alerts, List<AuditRecord> accessAudit,
                                  List<Professional> professionals, List<String> notIncluded) {

    static final int FORMAT_VERSION = 1;

    public record Identity(UUID id, String givenName, String familyName, String knownAs, LocalDate dateOfBirth,
                           String address, String postcode, String localReference, String status,
                           Instant createdAt, Instant updatedAt) {
    }

    /**
     * The household the client is linked to, if any: its reference and how many other clients share it. The others'
     * details are theirs, not the client's, and are not disclosed.
     */
    public record Household(UUID id, int otherClientsLinked) {
    }

    /** A membership of the network, current or ended, with the legal basis stated and its dates. */
    public record Membership(UUID professionalId, String agency, String role, String legalBasis, String reason,
                             LocalDate reviewDate, String joinedVia, Instant joinedAt, Instant confirmedAt,
                             Instant endedAt, String endReason, Instant continuesWithoutConsentSince) {
    }

    public record Invitation(UUID invitedByProfessionalId, UUID inviteeProfessionalId, String reason, String status,
                             Instant createdAt, Instant respondedAt) {
    }

    public record Attention(Instant raisedAt, UUID raisedByProfessionalId, String priority, String message,
                            Instant resolvedAt, UUID resolvedByProfessionalId) {
    }

    public record ConsentWithdrawal(Instant recordedAt, UUID recordedByProfessionalId, String recordedByAgency,
                                    String reason) {
    }

    /**
     * A professional named anywhere in the export: their work details only; for a sensitive role
     * ({@code contactThroughDuty}) their agency's duty contact, never their own.
     */
    public record Professional(UUID id, String name, String jobTitle, String agency, String workPhone,
                               String mobile, String email, boolean contactThroughDuty) {
    }

    /** The schedule service's part, as it answers it. */
    public record ScheduleHeld(Integer notSeenThresholdDays, List<Visit> visits, List<Contact> contacts) {
    }

    public record Visit(UUID id, UUID visitorProfessionalId, String visitorAgency, String kind, Instant startsAt,
                        int durationMinutes, String purpose, String status, String cancelReason,
                        UUID scheduledByProfessionalId, Instant createdAt, Instant updatedAt) {
    }

    /** The notification service's part, as it answers it. */
    public record AlertsHeld(List<Alert> alerts) {
    }

    /**
     * An alert (email or text message) sent about the client.
     *
     * @param recipientRole LEAD, MEMBER or OUTSIDE_THE_TEAM (an invitee, or someone whose membership had just ended)
     *                      when it was sent; empty for alerts sent before the role was kept
     */
    public record Alert(String kind, String channel, Instant createdAt, Instant sentAt, String status,
                        String recipientRole, String recipientAgency) {
    }

    public record Contact(UUID id, UUID professionalId, String agency, Instant contactedAt, String channel,
                          String outcome, UUID visitId, UUID recordedByProfessionalId, Instant recordedAt) {
    }
}
