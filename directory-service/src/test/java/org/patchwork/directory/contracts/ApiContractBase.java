package org.patchwork.directory.contracts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.patchwork.directory.TestAgencies;
import org.patchwork.directory.TestApi;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the tests generated from this service's API contracts ({@code src/test/resources/contracts/}): the
 * whole service on its port, against real PostgreSQL, Kafka and Keycloak. The caller is a practitioner of
 * Lichfield District Council who has filled in their details; the professional the contracts name by id
 * ({@link #FIREFIGHTER}) is in the directory as their agency's administrator would have added them. A contract's
 * request carries some bearer token; the test sends the caller's real one instead, so the service's own security
 * and rules answer.
 */
@PatchworkServiceTest
public abstract class ApiContractBase {

    /** The professional the contracts ask for by id. */
    static final UUID FIREFIGHTER = UUID.fromString("5d8a2c6e-1b4f-4e7a-9c3d-2f1e0a9b8c77");

    private static TestUser caller;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void theCallerAndTheProfessionalTheContractsName() {
        synchronized (ApiContractBase.class) {
            if (caller == null) {
                TestAgencies.ensure(jdbc, "lichfield-dc", "Lichfield District Council", "DISTRICT_COUNCIL",
                        "Lichfield");
                TestAgencies.ensure(jdbc, "staffs-fire", "Staffordshire Fire and Rescue Service", "FIRE_AND_RESCUE",
                        "Lichfield", "Tamworth");
                jdbc.sql("""
                                INSERT INTO professional (id, agency_code, name, job_title, work_phone, mobile, email,
                                                          preferred_contact, status)
                                VALUES (:id, 'staffs-fire', 'Sample Contract Firefighter', 'Home safety officer',
                                        '01785 898000', '07700 900456', 'firefighter@staffs-fire.example',
                                        'WORK_PHONE', 'ACTIVE')
                                ON CONFLICT (id) DO NOTHING""")
                        .param("id", FIREFIGHTER).update();
                TestUser practitioner = TestKeycloak.get().createUser("lichfield-dc", "Sample", "Contract Caller",
                        "practitioner");
                TestApi.at(port).get().uri("/api/directory/me")
                        .header(HttpHeaders.AUTHORIZATION, practitioner.bearer()).retrieve().toBodilessEntity();
                assertThat(TestApi.at(port).put().uri("/api/directory/me")
                        .header(HttpHeaders.AUTHORIZATION, practitioner.bearer())
                        .body(Map.of("jobTitle", "Family support worker", "team", "Early help",
                                "workPhone", "01543 308000", "mobile", "07700 900123", "preferredContact", "EMAIL",
                                "areas", List.of("Lichfield")))
                        .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
                caller = practitioner;
            }
        }
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = port;
        RestAssured.filters(asTheCaller());
    }

    @AfterEach
    void noFilterLeftBehind() {
        RestAssured.reset();
    }

    private static Filter asTheCaller() {
        return (request, response, context) -> {
            if (request.getHeaders().hasHeaderWithName(HttpHeaders.AUTHORIZATION)) {
                request.replaceHeader(HttpHeaders.AUTHORIZATION, caller.bearer());
            }
            return context.next(request, response);
        };
    }
}
