package org.patchwork.web.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The web app's reading of the client network API's JSON (only the fields the pages show). */
public final class Api {

    private Api() {
    }

    public record MyClient(UUID id, String givenName, String familyName, String knownAs, LocalDate dateOfBirth,
                    String status, String myRole, Instant memberSince, int attentions, int urgentAttentions) {
    }

    /** My clients, the one nobody has seen for longest first. */
    public record Caseload(List<CaseloadEntry> clients) {
    }

    public record CaseloadEntry(MyClient client, NextVisit nextVisit, LastContact lastContact, Instant lastSeenAt,
                                Long daysSinceSeen) {
    }

    public record NextVisit(UUID visitId, UUID professionalId, String name, String agency, String kind,
                            Instant startsAt) {
    }

    public record LastContact(UUID contactId, UUID professionalId, String name, String agency, Instant contactedAt,
                              String channel, String outcome) {
    }

    /** A client at one glance: the team, the schedule's part and the attentions, in one answer. */
    public record Overview(Client client, List<Member> network, List<Attention> attentions, OverviewSchedule schedule) {
    }

    /** When {@code available} is false the schedule service did not answer and the lists are empty. */
    public record OverviewSchedule(boolean available, String message,
                                   List<org.patchwork.web.visits.Schedule.Visit> upcomingVisits,
                                   List<org.patchwork.web.visits.Schedule.Contact> recentContacts, Instant lastSeenAt,
                                   Long daysSinceSeen, Integer notSeenThresholdDays) {
    }

    public record Client(UUID id, String givenName, String familyName, String knownAs, LocalDate dateOfBirth,
                  String address, String postcode, String localReference, String status,
                  List<HouseholdMember> household) {
    }

    public record HouseholdMember(UUID id, String givenName, String familyName, String knownAs, LocalDate dateOfBirth) {
    }

    public record Network(UUID clientId, List<Member> members) {
    }

    public record Member(UUID professionalId, String agency, String name, String jobTitle, String workPhone,
                  String mobile, String email, String preferredContact, String role, Instant memberSince,
                  String legalBasis, LocalDate reviewDate) {

        public boolean isLead() {
            return "LEAD".equals(role);
        }
    }

    public record Attention(UUID id, String raisedByName, String raisedByAgency, String priority, String message,
                     Instant raisedAt) {
    }

    public record Candidate(UUID clientId, String givenNameInitial, int yearOfBirth, String postcodeDistrict,
                     int agenciesInvolved, boolean alreadyMyClient) {
    }

    public record Invitation(UUID id, UUID clientId, String clientInitials, int clientYearOfBirth, String invitedByName,
                      String invitedByAgency, String reason, String status, Instant createdAt, Instant expiresAt) {
    }

    public record Registered(UUID id) {
    }

    public record Me(UUID id, String agency, String name) {
    }

    public record ProfessionalMatch(UUID id, String name, String jobTitle, String team, String agency, String agencyName,
                             String workPhone, String mobile, String email, String preferredContact,
                             boolean localArea) {
    }

    public record Page<T>(List<T> items, int page, int size, boolean hasNext) {
    }
}
