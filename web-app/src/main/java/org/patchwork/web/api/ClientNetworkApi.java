package org.patchwork.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The client network service's API as the pages use it: my clients and invitations, a client's overview and team,
 * the look-up, attentions, and the audit an IG officer reads.
 */
@HttpExchange("/api")
public interface ClientNetworkApi {

    /** My clients, the one nobody has seen for longest first. */
    @GetExchange("/me/clients")
    Caseload caseload();

    /** My agency's report (agency administrators and managers); every count under 5 comes as "fewer than 5". */
    @GetExchange("/reports/agencies/{agency}")
    AgencyReport agencyReport(@PathVariable String agency, @RequestParam int notSeenDays);

    @GetExchange("/me/invitations")
    List<Invitation> invitations();

    @GetExchange("/clients/{id}/overview")
    Overview overview(@PathVariable UUID id);

    @GetExchange("/clients/{id}/network")
    Network network(@PathVariable UUID id);

    @PostExchange("/clients")
    Registered register(@RequestBody NewClient client);

    @PostExchange("/clients/lookup")
    List<Candidate> lookUp(@RequestBody Lookup lookup);

    @PostExchange("/clients/{id}/network/join")
    void join(@PathVariable UUID id, @RequestBody Basis basis);

    @DeleteExchange("/clients/{id}/network/members/{professionalId}")
    void removeMember(@PathVariable UUID id, @PathVariable UUID professionalId);

    @PostExchange("/clients/{id}/network/lead")
    void handOverLead(@PathVariable UUID id, @RequestBody NewLead lead);

    @PostExchange("/clients/{id}/close")
    void close(@PathVariable UUID id, @RequestBody StatusChange change);

    @PostExchange("/clients/{id}/reopen")
    void reopen(@PathVariable UUID id, @RequestBody StatusChange change);

    @PostExchange("/clients/{id}/invitations")
    void invite(@PathVariable UUID id, @RequestBody NewInvitation invitation);

    @PostExchange("/invitations/{id}/accept")
    void accept(@PathVariable UUID id, @RequestBody Basis basis);

    @PostExchange("/invitations/{id}/decline")
    void decline(@PathVariable UUID id);

    /** My memberships awaiting my answer: am I still involved, or is my legal basis due for review. */
    @GetExchange("/me/confirmations")
    List<AwaitedConfirmation> confirmations();

    @PostExchange("/me/confirmations/confirm-all")
    ConfirmedAll confirmAll();

    /** I am still involved with this client: my confirmation period starts again. */
    @PostExchange("/clients/{id}/network/confirm")
    void confirm(@PathVariable UUID id);

    @PostExchange("/clients/{id}/attentions")
    void raiseAttention(@PathVariable UUID id, @RequestBody NewAttention attention);

    @PostExchange("/clients/{id}/attentions/{attentionId}/resolve")
    void resolveAttention(@PathVariable UUID id, @PathVariable UUID attentionId);

    /**
     * One page of the audit trail across client-network and the schedule, newest first; each part of the question is
     * optional, {@code to} excluded.
     */
    @GetExchange("/audit")
    AuditPage audit(@RequestParam(required = false) UUID clientId,
                    @RequestParam(required = false) UUID actorProfessionalId,
                    @RequestParam(required = false) UUID subjectProfessionalId,
                    @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                    @RequestParam int page, @RequestParam int size);

    /**
     * Everything Patchwork holds about the client, for a subject access request, as the service wrote it (JSON); the
     * service records the export.
     */
    @GetExchange("/clients/{id}/subject-access-export")
    String subjectAccessExport(@PathVariable UUID id);

    @GetExchange("/audit/self-joins")
    List<SelfJoin> selfJoins(@RequestParam boolean awaitingReview);

    @GetExchange("/audit/self-joins/{membershipId}")
    SelfJoin selfJoin(@PathVariable UUID membershipId);

    @PostExchange("/audit/self-joins/{membershipId}/review")
    void review(@PathVariable UUID membershipId, @RequestBody Review review);

    record AwaitedConfirmation(UUID membershipId, UUID clientId, String givenName, String familyName,
                               LocalDate dateOfBirth, String role, String legalBasis, Instant lastConfirmedAt,
                               Instant confirmationRequestedAt, boolean confirmationAwaited, LocalDate reviewDate,
                               boolean reviewDue, Instant lapsesAt) {
    }

    record ConfirmedAll(int confirmed) {
    }

    record Caseload(List<CaseloadEntry> clients) {
    }

    record CaseloadEntry(MyClient client, NextVisit nextVisit, LastContact lastContact, Instant lastSeenAt,
                         Long daysSinceSeen) {
    }

    record MyClient(UUID id, String givenName, String familyName, String knownAs, LocalDate dateOfBirth,
                    String status, String myRole, Instant memberSince, int attentions, int urgentAttentions) {
    }

    record NextVisit(UUID visitId, UUID professionalId, String name, String agency, String kind, Instant startsAt) {
    }

    record LastContact(UUID contactId, UUID professionalId, String name, String agency, Instant contactedAt,
                       String channel, String outcome) {
    }

    /**
     * A client at one glance: the team, the schedule's part and the attentions, in one answer.
     *
     * @param myProfessionalId the caller's own directory id, to tell them apart in the team
     */
    record Overview(Client client, List<Member> network, List<Attention> attentions, OverviewSchedule schedule,
                    UUID myProfessionalId) {

        /** Whether the caller is the client's lead professional. */
        public boolean iAmLead() {
            return network.stream().anyMatch(member -> member.isLead()
                    && member.professionalId().equals(myProfessionalId));
        }
    }

    /** When {@code available} is false the schedule service did not answer and the lists are empty. */
    record OverviewSchedule(boolean available, String message, List<ScheduleApi.Visit> upcomingVisits,
                            List<ScheduleApi.Contact> recentContacts, Instant lastSeenAt, Long daysSinceSeen,
                            Integer notSeenThresholdDays) {
    }

    record Client(UUID id, String givenName, String familyName, String knownAs, LocalDate dateOfBirth,
                  String address, String postcode, String localReference, String status,
                  List<HouseholdMember> household) {
    }

    record HouseholdMember(UUID id, String givenName, String familyName, String knownAs, LocalDate dateOfBirth) {
    }

    record Network(UUID clientId, List<Member> members) {
    }

    record Member(UUID professionalId, String agency, String name, String jobTitle, String workPhone,
                  String mobile, String email, String preferredContact, String role, Instant memberSince,
                  String legalBasis, LocalDate reviewDate, Boolean contactThroughDuty) {

        public Member {
            contactThroughDuty = Boolean.TRUE.equals(contactThroughDuty);
        }

        public boolean isLead() {
            return "LEAD".equals(role);
        }
    }

    record Attention(UUID id, String raisedByName, String raisedByAgency, String priority, String message,
                     Instant raisedAt) {
    }

    record NewAttention(String message, String priority) {
    }

    /** Closing or reopening a client: a coded reason and an optional short note (kept in client-network only). */
    record StatusChange(String reason, String note) {
    }

    record NewLead(UUID professionalId) {
    }

    record NewInvitation(UUID professionalId, String reason) {
    }

    record Invitation(UUID id, UUID clientId, String clientInitials, int clientYearOfBirth, String invitedByName,
                      String invitedByAgency, String reason, String status, Instant createdAt, Instant expiresAt) {
    }

    /** Why I am involved with a client; without a review date when none is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Basis(LegalBasis legalBasis, String reason, LocalDate reviewDate) {
    }

    /** @param postcode left out when not known */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Lookup(String familyName, LocalDate dateOfBirth, String postcode, String reason) {
    }

    record Candidate(UUID clientId, String givenNameInitial, int yearOfBirth, String postcodeDistrict,
                     int agenciesInvolved, boolean alreadyMyClient) {
    }

    /** @param differentPerson the practitioner confirms this is not a client already known by the same details */
    record NewClient(ClientDetails client, Basis basis, boolean differentPerson) {
    }

    record ClientDetails(String givenName, String familyName, String knownAs, LocalDate dateOfBirth, String address,
                         String postcode, String localReference) {
    }

    record Registered(UUID id) {
    }

    /** A page of the audit trail; {@code hasNext}: older records follow. */
    record AuditPage(List<AuditRecord> items, int page, int size, boolean hasNext) {
    }

    /**
     * One record of the audit trail, as an IG officer reads it.
     *
     * @param service where it was recorded: {@code client-network} (details, team, attentions) or {@code schedule}
     */
    record AuditRecord(long id, Instant occurredAt, String service, UUID actorProfessionalId, String actorName,
                       String actorAgency, String action, UUID clientId, UUID professionalId, String basis,
                       String detail) {

        static final String SCHEDULE = "schedule";

        static final Map<String, String> ACTIONS = Map.ofEntries(
                Map.entry("CLIENT_REGISTERED", "Added the client"),
                Map.entry("CLIENT_VIEWED", "Viewed the client"),
                Map.entry("CLIENT_UPDATED", "Changed the client's details"),
                Map.entry("CLIENT_CLOSED", "Closed the client's record"),
                Map.entry("CLIENTS_LISTED", "Listed their clients"),
                Map.entry("CLIENT_LOOKED_UP", "Looked up a client"),
                Map.entry("LOOKUP_FOUND_NOTHING", "Looked up a client and found nobody"),
                Map.entry("LOOKUP_REFUSED_RATE_LIMIT", "Look-up refused: too many in a short time"),
                Map.entry("NETWORK_VIEWED", "Viewed the client's team"),
                Map.entry("MEMBER_JOINED", "Joined the client's team"),
                Map.entry("MEMBER_LEFT", "Left the client's team"),
                Map.entry("MEMBER_REMOVED", "Removed a member of the team"),
                Map.entry("MEMBER_LEFT_AGENCY", "Left their organisation; membership ended"),
                Map.entry("LEAD_CHANGED", "Changed the lead professional"),
                Map.entry("INVITATION_SENT", "Invited a colleague"),
                Map.entry("INVITATION_VIEWED", "Viewed an invitation"),
                Map.entry("INVITATION_ACCEPTED", "Accepted an invitation"),
                Map.entry("INVITATION_DECLINED", "Declined an invitation"),
                Map.entry("ATTENTIONS_VIEWED", "Viewed the attentions"),
                Map.entry("ATTENTION_RAISED", "Raised an attention"),
                Map.entry("ATTENTION_RESOLVED", "Marked an attention as dealt with"),
                Map.entry("OVERVIEW_VIEWED", "Viewed the client's page"),
                Map.entry("AUDIT_VIEWED", "Searched the audit"),
                Map.entry("SELF_JOINS_VIEWED", "Listed the joins to review"),
                Map.entry("SELF_JOIN_REVIEWED", "Reviewed a join"),
                Map.entry("VISITS_VIEWED", "Viewed the visits"),
                Map.entry("VISIT_SCHEDULED", "Arranged a visit"),
                Map.entry("VISIT_CHANGED", "Changed a visit"),
                Map.entry("CONTACTS_VIEWED", "Viewed the contacts"),
                Map.entry("CONTACT_RECORDED", "Recorded a contact"),
                Map.entry("SUMMARY_VIEWED", "Viewed the schedule summary"),
                Map.entry("THRESHOLD_SET", "Set the not-seen warning"),
                Map.entry("CALENDAR_DOWNLOADED", "Downloaded their calendar"),
                Map.entry("CALENDAR_FEED_READ", "Their calendar feed was read"),
                Map.entry("CASELOAD_VIEWED", "Listed their clients' schedules"),
                Map.entry("SUBJECT_ACCESS_EXPORTED", "Exported everything held (subject access)"));

        /** Whether the schedule recorded it (visits, contacts, calendars) rather than the client's record. */
        public boolean fromSchedule() {
            return SCHEDULE.equals(service);
        }

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

    /**
     * A self-join as the service reports it.
     *
     * @param officersOwn the signed-in officer made it: another officer reviews it (absent from older answers)
     */
    record SelfJoin(UUID membershipId, UUID clientId, UUID professionalId, String professionalName, String jobTitle,
                    String agency, String legalBasis, String reason, Instant joinedAt, Instant endedAt,
                    Instant reviewedAt, String outcome, String note, Boolean officersOwn) {

        public SelfJoin {
            officersOwn = Boolean.TRUE.equals(officersOwn);
        }
    }

    /** An IG officer's review of a self-join: APPROPRIATE or CONCERN, with a note when they wrote one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Review(String outcome, String note) {
    }

    /** A count as a report gives it: {@code count} is null when it is under 5 ({@code shown} says "fewer than 5"). */
    record ReportedCount(Long count, boolean suppressed, String shown) {
    }

    record AgencyReport(String agency, Instant generatedAt, int notSeenDays, ReportedCount clientsSupported,
                        ReportedCount networksLed, ReportedCount clientsNotSeen,
                        ReportedCount membershipsAwaitingConfirmation, InvitationFigures invitations) {
    }

    record InvitationFigures(ReportedCount sent, ReportedCount accepted, ReportedCount declined,
                             ReportedCount expired, ReportedCount pending, ReportedCount answeredWithinDay,
                             ReportedCount answeredWithinWeek, ReportedCount answeredLater, Long medianHoursToAnswer) {
    }
}
