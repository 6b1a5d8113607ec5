package org.patchwork.network.contracts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.network.ProducerStubs;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the tests generated from this service's API contracts ({@code src/test/resources/contracts/}): the
 * whole service on its port, against real PostgreSQL, Kafka and Keycloak, and the schedule answering with its own
 * stubs (those generated from the schedule's contracts), so the overview's schedule part is what the schedule
 * promises. The caller is a family support worker of Lichfield District Council, lead of one client
 * ({@link #CLIENT_IN_CONTRACTS} in the contracts stands for it) with a firefighter in the team, an open attention,
 * a visit ahead in this service's copy of the schedule and a home visit two days ago. A contract's request carries
 * some bearer token and the contracts' client id; the test sends the caller's real token and the real client's id
 * instead, so the service's own security and need-to-know rules answer.
 */
public abstract class ApiContractBase extends NetworkIntegrationTest {

    /** The client id the contracts name. */
    static final String CLIENT_IN_CONTRACTS = "3b1f6f0e-6d1a-4b53-9a4e-0c9b2f6d7a11";

    private static Pro caller;
    private static UUID client;

    @BeforeEach
    void theContractsCallerAndClient() {
        ProducerStubs.serve(SCHEDULE, "schedule-service");
        synchronized (ApiContractBase.class) {
            if (caller == null) {
                Pro worker = professional("lichfield-dc", "Sample", "Contract Caller", "practitioner");
                Pro firefighter = professional("staffs-fire", "Sample", "Contract Firefighter", "practitioner");
                UUID registered = registerClient(worker, "Contract");
                join(firefighter, registered);
                assertThat(post("/api/clients/" + registered + "/attentions", firefighter,
                        Map.of("message", "Smoke alarm fitted; family asked about a second one", "priority",
                                "NORMAL")).getStatusCode().value()).isEqualTo(201);
                Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
                publishVisitEvent("VisitScheduled", registered, UUID.randomUUID(), firefighter, nextWeek, 45);
                publishContactEvent(registered, worker, Instant.now().minus(Duration.ofDays(2))
                        .truncatedTo(ChronoUnit.SECONDS), "HOME_VISIT", "COMPLETED", true);
                client = registered;
                caller = worker;
            }
        }
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = port;
        RestAssured.filters(asTheCallerAboutTheirClient());
    }

    @AfterEach
    void noFilterOrStubLeftBehind() {
        RestAssured.reset();
        scheduleKnowsNothingYet();
    }

    private static Filter asTheCallerAboutTheirClient() {
        return (request, response, context) -> {
            if (request.getHeaders().hasHeaderWithName(HttpHeaders.AUTHORIZATION)) {
                request.replaceHeader(HttpHeaders.AUTHORIZATION, caller.bearer());
            }
            request.path(request.getUserDefinedPath().replace(CLIENT_IN_CONTRACTS, client.toString()));
            return context.next(request, response);
        };
    }
}
