package org.patchwork.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint for every kind of caller, each case on a fresh network: exactly who gets what, and nothing
 * about a client leaks to anyone outside its network (a 404 is byte-for-byte the 404 of an unknown id).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest extends NetworkIntegrationTest {

    enum Who {
        NO_TOKEN, OTHER_AGENCY_NON_MEMBER, SAME_AGENCY_NON_MEMBER, INVITED_NOT_ACCEPTED, MEMBER, FORMER_MEMBER, LEAD,
        AGENCY_ADMIN, IG_OFFICER, MANAGER
    }

    /**
     * One network: lead (lichfield-dc), member (nhs-primary-care), a pending invitee and a former member. The
     * manager (lichfield-dc) is in no network.
     */
    record Fixture(UUID clientId, String familyName, UUID invitationId) {
    }

    record Request(HttpMethod method, String path, Object body) {
    }

    enum Endpoint {
        GET_CLIENT(f -> new Request(HttpMethod.GET, "/api/clients/" + f.clientId(), null), true),
        UPDATE_CLIENT(f -> new Request(HttpMethod.PUT, "/api/clients/" + f.clientId(),
                clientDetails("Jo", f.familyName(), LocalDate.of(2015, 4, 1), "WS13 6YZ")), true),
        CLOSE_CLIENT(f -> new Request(HttpMethod.POST, "/api/clients/" + f.clientId() + "/close",
                Map.of("reason", "SUPPORT_NO_LONGER_NEEDED")), true),
        REOPEN_CLIENT(f -> new Request(HttpMethod.POST, "/api/clients/" + f.clientId() + "/reopen",
                Map.of("reason", "CLOSED_IN_ERROR")), true),
        GET_NETWORK(f -> new Request(HttpMethod.GET, "/api/clients/" + f.clientId() + "/network", null), true),
        OVERVIEW(f -> new Request(HttpMethod.GET, "/api/clients/" + f.clientId() + "/overview", null), true),
        JOIN(f -> new Request(HttpMethod.POST, "/api/clients/" + f.clientId() + "/network/join",
                basis("SAFEGUARDING_DUTY")), true),
        INVITE(f -> new Request(HttpMethod.POST, "/api/clients/" + f.clientId() + "/invitations",
                Map.of("professionalId", inviteTargetId.toString(), "reason", "Needs a home safety check")), true),
        REMOVE_MEMBER(f -> new Request(HttpMethod.DELETE,
                "/api/clients/" + f.clientId() + "/network/members/" + memberId, null), true),
        HAND_OVER_LEAD(f -> new Request(HttpMethod.POST, "/api/clients/" + f.clientId() + "/network/lead",
                Map.of("professionalId", memberId.toString())), true),
        LIST_ATTENTIONS(f -> new Request(HttpMethod.GET, "/api/clients/" + f.clientId() + "/attentions", null), true),
        RAISE_ATTENTION(f -> new Request(HttpMethod.POST, "/api/clients/" + f.clientId() + "/attentions",
                Map.of("message", "Dog on site: call ahead", "priority", "URGENT")), true),
        CONFIRM_INVOLVEMENT(f -> new Request(HttpMethod.POST, "/api/clients/" + f.clientId() + "/network/confirm",
                null), true),
        RENEW_REVIEW(f -> new Request(HttpMethod.PUT, "/api/clients/" + f.clientId() + "/network/review-date",
                Map.of("reviewDate", LocalDate.now().plusDays(60).toString())), true),
        NETWORK_INVOLVEMENT(f -> new Request(HttpMethod.GET, "/api/clients/" + f.clientId() + "/network/involvement",
                null), true),
        WITHDRAW_CONSENT(f -> new Request(HttpMethod.POST, "/api/clients/" + f.clientId() + "/consent-withdrawal",
                Map.of("reason", "The client withdrew consent at a review meeting")), true),
        MY_CONFIRMATIONS(f -> new Request(HttpMethod.GET, "/api/me/confirmations", null), false),
        CONFIRM_ALL(f -> new Request(HttpMethod.POST, "/api/me/confirmations/confirm-all", null), false),
        CONTINUING_WITHOUT_CONSENT(f -> new Request(HttpMethod.GET, "/api/audit/continuing-without-consent", null),
                false),
        ACCEPT_INVITATION(f -> new Request(HttpMethod.POST, "/api/invitations/" + f.invitationId() + "/accept",
                basis("CONSENT")), false),
        DECLINE_INVITATION(f -> new Request(HttpMethod.POST, "/api/invitations/" + f.invitationId() + "/decline",
                null), false),
        MY_INVITATIONS(f -> new Request(HttpMethod.GET, "/api/me/invitations", null), false),
        MY_CLIENTS(f -> new Request(HttpMethod.GET, "/api/me/clients", null), false),
        LOOKUP(f -> new Request(HttpMethod.POST, "/api/clients/lookup", Map.of("familyName", f.familyName(),
                "dateOfBirth", "2015-04-01", "reason", "Checking before registering")), false),
        REGISTER(f -> new Request(HttpMethod.POST, "/api/clients", Map.of(
                "client", clientDetails("Sam", f.familyName() + "x", LocalDate.of(2016, 1, 2), "WS13 6YY"),
                "basis", basis("CONSENT"))), false),
        AUDIT(f -> new Request(HttpMethod.GET, "/api/audit?clientId=" + f.clientId(), null), false),
        LICHFIELD_REPORT(f -> new Request(HttpMethod.GET, "/api/reports/agencies/lichfield-dc", null), false),
        NHS_PRIMARY_CARE_REPORT(f -> new Request(HttpMethod.GET, "/api/reports/agencies/nhs-primary-care", null),
                false);

        final Function<Fixture, Request> request;
        final boolean clientPath;

        Endpoint(Function<Fixture, Request> request, boolean clientPath) {
            this.request = request;
            this.clientPath = clientPath;
        }
    }

    static UUID memberId;
    static UUID inviteTargetId;

    final Map<Who, Pro> callers = new EnumMap<>(Who.class);
    Pro lead;
    Pro member;
    Pro invitee;
    Pro former;

    @BeforeAll
    void professionals() {
        lead = professional("lichfield-dc", "Sample", "Lead Worker", "practitioner");
        member = professional("nhs-primary-care", "Sample", "District Nurse", "practitioner");
        invitee = professional("schools-partnership", "Sample", "Safeguarding Lead", "practitioner");
        former = professional("staffs-fire", "Sample", "Firefighter", "practitioner");
        memberId = member.id();
        inviteTargetId = professional("staffs-fire", "Sample", "Station Officer", "practitioner").id();
        callers.put(Who.LEAD, lead);
        callers.put(Who.MEMBER, member);
        callers.put(Who.INVITED_NOT_ACCEPTED, invitee);
        callers.put(Who.FORMER_MEMBER, former);
        callers.put(Who.OTHER_AGENCY_NON_MEMBER, professional("staffordshire-cc", "Sample", "Social Worker", "practitioner"));
        callers.put(Who.SAME_AGENCY_NON_MEMBER, professional("lichfield-dc", "Sample", "Youth Worker", "practitioner"));
        callers.put(Who.AGENCY_ADMIN, professional("nhs-primary-care", "Sample", "Agency Admin", "practitioner", "agency-admin"));
        callers.put(Who.IG_OFFICER, professional("lichfield-dc", "Example", "IG Officer", "ig-officer"));
        callers.put(Who.MANAGER, professional("lichfield-dc", "Sample", "Team Manager", "practitioner", "manager"));
    }

    Fixture fixture() {
        String familyName = uniqueFamilyName();
        UUID clientId = registerClient(lead, familyName);
        join(member, clientId);
        join(former, clientId);
        assertThat(call(HttpMethod.DELETE, "/api/clients/" + clientId + "/network/members/" + former.id(), former, null)
                .getStatusCode().value()).isEqualTo(204);
        UUID invitationId = invite(lead, clientId, invitee);
        return new Fixture(clientId, familyName, invitationId);
    }

    static Stream<Arguments> matrix() {
        Map<Endpoint, Map<Who, Integer>> expected = new EnumMap<>(Endpoint.class);
        expected.put(Endpoint.GET_CLIENT, members(200, 200, 403));
        expected.put(Endpoint.UPDATE_CLIENT, members(200, 200, 403));
        expected.put(Endpoint.CLOSE_CLIENT, members(200, 403, 403));
        // the fixture's client is open: the lead may reopen only a closed one
        expected.put(Endpoint.REOPEN_CLIENT, members(409, 403, 403));
        expected.put(Endpoint.GET_NETWORK, members(200, 200, 403));
        expected.put(Endpoint.OVERVIEW, members(200, 200, 403));
        expected.put(Endpoint.LIST_ATTENTIONS, members(200, 200, 403));
        expected.put(Endpoint.RAISE_ATTENTION, members(201, 201, 403));
        expected.put(Endpoint.INVITE, members(201, 201, 403));
        expected.put(Endpoint.HAND_OVER_LEAD, members(200, 403, 403));
        Map<Who, Integer> remove = members(204, 204, 403);
        remove.put(Who.AGENCY_ADMIN, 204);
        expected.put(Endpoint.REMOVE_MEMBER, remove);
        expected.put(Endpoint.CONFIRM_INVOLVEMENT, members(200, 200, 403));
        expected.put(Endpoint.RENEW_REVIEW, members(200, 200, 403));
        expected.put(Endpoint.NETWORK_INVOLVEMENT, members(200, 403, 403));
        // the IG officer works for the lead's agency, which is involved with the client
        expected.put(Endpoint.WITHDRAW_CONSENT, members(201, 403, 201));
        expected.put(Endpoint.MY_CONFIRMATIONS, everyone(200, Map.of(Who.IG_OFFICER, 403)));
        expected.put(Endpoint.CONFIRM_ALL, everyone(200, Map.of(Who.IG_OFFICER, 403)));
        expected.put(Endpoint.CONTINUING_WITHOUT_CONSENT, everyone(403, Map.of(Who.IG_OFFICER, 200)));
        expected.put(Endpoint.JOIN, everyone(201, Map.of(Who.LEAD, 409, Who.MEMBER, 409, Who.IG_OFFICER, 403)));
        expected.put(Endpoint.ACCEPT_INVITATION, everyone(404, Map.of(Who.INVITED_NOT_ACCEPTED, 200, Who.IG_OFFICER, 403)));
        expected.put(Endpoint.DECLINE_INVITATION, everyone(404, Map.of(Who.INVITED_NOT_ACCEPTED, 200, Who.IG_OFFICER, 403)));
        expected.put(Endpoint.MY_INVITATIONS, everyone(200, Map.of(Who.IG_OFFICER, 403)));
        expected.put(Endpoint.MY_CLIENTS, everyone(200, Map.of(Who.IG_OFFICER, 403)));
        expected.put(Endpoint.LOOKUP, everyone(200, Map.of(Who.IG_OFFICER, 403)));
        expected.put(Endpoint.REGISTER, everyone(201, Map.of(Who.IG_OFFICER, 403)));
        expected.put(Endpoint.AUDIT, everyone(403, Map.of(Who.IG_OFFICER, 200)));
        // an agency's report: its own managers and administrators only (the administrator works for NHS primary care)
        expected.put(Endpoint.LICHFIELD_REPORT, everyone(403, Map.of(Who.MANAGER, 200)));
        expected.put(Endpoint.NHS_PRIMARY_CARE_REPORT, everyone(403, Map.of(Who.AGENCY_ADMIN, 200)));
        List<Arguments> cases = new ArrayList<>();
        expected.forEach((endpoint, byWho) -> {
            for (Who who : Who.values()) {
                cases.add(Arguments.of(endpoint, who, who == Who.NO_TOKEN ? 401 : byWho.get(who)));
            }
        });
        return cases.stream();
    }

    /** Client endpoints: the lead and member get their answers, everyone else with the role a 404. */
    private static Map<Who, Integer> members(int lead, int member, int igOfficer) {
        Map<Who, Integer> statuses = everyone(404, Map.of(Who.IG_OFFICER, igOfficer));
        statuses.put(Who.LEAD, lead);
        statuses.put(Who.MEMBER, member);
        return statuses;
    }

    private static Map<Who, Integer> everyone(int status, Map<Who, Integer> except) {
        Map<Who, Integer> statuses = new HashMap<>();
        for (Who who : Who.values()) {
            statuses.put(who, except.getOrDefault(who, status));
        }
        return statuses;
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("matrix")
    void eachCallerGetsExactlyWhatTheRulesAllow(Endpoint endpoint, Who who, int expectedStatus) {
        Fixture fixture = fixture();
        Pro caller = callers.get(who);
        Request request = endpoint.request.apply(fixture);

        ResponseEntity<Map<String, Object>> response = call(request.method(), request.path(), caller, request.body());

        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(expectedStatus);
        boolean insider = who == Who.LEAD || who == Who.MEMBER || endpoint == Endpoint.REGISTER
                || (who == Who.INVITED_NOT_ACCEPTED && endpoint == Endpoint.ACCEPT_INVITATION);
        if (!insider) {
            assertThat((String) response.getBody().get("_raw")).as("nothing about the client leaks")
                    .doesNotContainIgnoringCase(fixture.familyName()).doesNotContain("Example Row");
        }
        if (expectedStatus >= 400) {
            assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        }
        if (expectedStatus == 404) {
            assertThat(withoutInstance(response.getBody()))
                    .as("a hidden client answers exactly like an unknown one")
                    .isEqualTo(withoutInstance(unknownTwin(endpoint, fixture, caller).getBody()));
        }
    }

    private ResponseEntity<Map<String, Object>> unknownTwin(Endpoint endpoint, Fixture fixture, Pro caller) {
        Fixture unknown = new Fixture(UUID.randomUUID(), fixture.familyName(), UUID.randomUUID());
        Request request = endpoint.request.apply(unknown);
        ResponseEntity<Map<String, Object>> response = call(request.method(), request.path(), caller, request.body());
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        return response;
    }

    private static Map<String, Object> withoutInstance(Map<String, Object> problem) {
        Map<String, Object> copy = new HashMap<>(problem);
        copy.remove("instance");
        copy.remove("_raw");
        return copy;
    }
}
