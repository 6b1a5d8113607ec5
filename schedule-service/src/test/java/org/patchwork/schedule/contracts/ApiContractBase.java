package org.patchwork.schedule.contracts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.patchwork.schedule.ScheduleIntegrationTest;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the tests generated from this service's API contracts ({@code src/test/resources/contracts/}): the
 * whole service on its port, against real PostgreSQL, Kafka and Keycloak, with the client every contract names
 * ({@link #CLIENT}) in its copy of the networks, a nurse of that network as the caller, one visit ahead and one
 * home visit three days ago. A contract's request carries some bearer token; the test sends the nurse's real one
 * instead, so the service's own security and need-to-know rules answer.
 */
public abstract class ApiContractBase extends ScheduleIntegrationTest {

    /** The client the contracts name. */
    static final UUID CLIENT = UUID.fromString("3b1f6f0e-6d1a-4b53-9a4e-0c9b2f6d7a11");

    private static Pro nurse;

    @BeforeEach
    void theContractsClientAndCaller() {
        synchronized (ApiContractBase.class) {
            if (nurse == null) {
                Pro lead = professional("lichfield-dc", "Sample", "Contract Lead");
                Pro member = professional("nhs-primary-care", "Sample", "Contract Nurse");
                publishNetworkEvent("network.clients", "ClientRegistered", UUID.randomUUID(), CLIENT, lead,
                        List.of(lead), Instant.now().minusMillis(1));
                publishNetworkEvent("network.memberships", "MemberJoinedNetwork", UUID.randomUUID(), CLIENT, lead,
                        List.of(lead, member), Instant.now());
                awaitMembers(CLIENT, lead, member);
                scheduleVisit(member, CLIENT, Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES));
                Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
                assertThat(status(post("/api/clients/" + CLIENT + "/contacts", member, Map.of("contactedAt",
                        threeDaysAgo.toString(), "channel", "HOME_VISIT", "outcome", "COMPLETED")))).isEqualTo(201);
                nurse = member;
            }
        }
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = port;
        RestAssured.filters(asTheNurse());
    }

    @AfterEach
    void noFilterLeftBehind() {
        RestAssured.reset();
    }

    private static Filter asTheNurse() {
        return (request, response, context) -> {
            if (request.getHeaders().hasHeaderWithName(HttpHeaders.AUTHORIZATION)) {
                request.replaceHeader(HttpHeaders.AUTHORIZATION, nurse.bearer());
            }
            return context.next(request, response);
        };
    }
}
