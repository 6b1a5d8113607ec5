package org.patchwork.network.professional;

import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.network.ProducerStubs;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the local copy misses, the directory is asked with the caller's own token, and its answer is kept. Where the
 * directory answers, it answers with its own stubs, generated from its API contracts ({@link ProducerStubs}: the
 * entry and the professional they describe); where it fails or is slow, the same WireMock server is made to for the
 * one caller concerned: the directory's contracts promise what it answers, not how it fails.
 */
class DirectoryFallbackTest extends NetworkIntegrationTest {

    /** The professional the directory's contracts describe when asked by id. */
    private static final UUID FIREFIGHTER = UUID.fromString("5d8a2c6e-1b4f-4e7a-9c3d-2f1e0a9b8c77");

    @AfterEach
    void directoryForgetsEverything() {
        DIRECTORY.resetAll();
    }

    @Test
    void aCallerMissingFromTheLocalCopyIsFetchedFromTheDirectoryWithTheirTokenAndKept() {
        TestUser user = TestKeycloak.get().createUser("lichfield-dc", "Sample", "Contract Caller", "practitioner");
        String token = user.accessToken();
        ProducerStubs.serve(DIRECTORY, "directory-service");

        int status = api().get().uri("/api/me/clients").header("Authorization", "Bearer " + token).retrieve()
                .toBodilessEntity().getStatusCode().value();

        assertThat(status).isEqualTo(200);
        assertThat(contacts.findBySubject(user.id())).as("kept under the caller's own sign-in")
                .hasValueSatisfying(contact -> {
                    assertThat(contact.id()).isNotNull();
                    assertThat(contact.name()).isEqualTo("Sample Contract Caller");
                    assertThat(contact.agency()).isEqualTo("lichfield-dc");
                    assertThat(contact.preferredContact()).isEqualTo("EMAIL");
                });
        DIRECTORY.verify(1, getRequestedFor(urlEqualTo("/api/directory/me")).withHeader("Authorization",
                equalTo("Bearer " + token)));
    }

    @Test
    void anInviteeMissingFromTheLocalCopyIsFetchedFromTheDirectoryAndShownInTheTeam() {
        Pro lead = professional("lichfield-dc", "Sample", "Early Help Worker", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        ProducerStubs.serve(DIRECTORY, "directory-service");

        ResponseEntity<Map<String, Object>> invited = post("/api/clients/" + clientId + "/invitations", lead,
                Map.of("professionalId", FIREFIGHTER.toString(), "reason", "Home fire safety visit due"));

        assertThat(invited.getStatusCode().value()).isEqualTo(201);
        assertThat(contacts.findById(FIREFIGHTER)).hasValueSatisfying(contact -> {
            assertThat(contact.agency()).isEqualTo("staffs-fire");
            assertThat(contact.name()).isEqualTo("Sample Contract Firefighter");
        });
        DIRECTORY.verify(1, getRequestedFor(urlEqualTo("/api/directory/professionals/" + FIREFIGHTER))
                .withHeader("Authorization", equalTo(lead.bearer())));
    }

    @Test
    void whenTheDirectoryFailsAnUnknownCallerGetsA503ProblemAndNothingIsStored() {
        TestUser user = TestKeycloak.get().createUser("staffordshire-cc", "Sample", "Family Worker", "practitioner");
        String token = user.accessToken();
        DIRECTORY.stubFor(WireMock.get(urlEqualTo("/api/directory/me")).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ResponseEntity<Map<String, Object>> answer = api().get().uri("/api/me/clients")
                .header("Authorization", "Bearer " + token).retrieve().toEntity(
                        new ParameterizedTypeReference<>() { });

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(answer.getBody().get("type")).isEqualTo("https://patchwork.example/problems/directory-unavailable");
        assertThat(jdbc.sql("SELECT count(*) FROM professional_contact WHERE keycloak_subject = :s")
                .param("s", user.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aDirectorySlowerThanTheReadTimeoutIsCutOffWithA503() {
        TestUser user = TestKeycloak.get().createUser("staffordshire-cc", "Sample", "Slow Path Worker", "practitioner");
        String token = user.accessToken();
        DIRECTORY.stubFor(WireMock.get(urlEqualTo("/api/directory/me")).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson("{\"id\":\"" + UUID.randomUUID() + "\",\"agency\":\"staffordshire-cc\"}")
                        .withFixedDelay(6_000)));

        int status = api().get().uri("/api/me/clients").header("Authorization", "Bearer " + token).retrieve()
                .toBodilessEntity().getStatusCode().value();

        assertThat(status).isEqualTo(503);
    }
}
