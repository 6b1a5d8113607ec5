package org.patchwork.network.professional;

import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import org.patchwork.network.NetworkIntegrationTest;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** When the local copy misses, the directory is asked with the caller's own token, and its answer is kept. */
class DirectoryFallbackTest extends NetworkIntegrationTest {

    private static String professionalJson(UUID id, String agency, String name) {
        return """
                {"id":"%s","agency":"%s","name":"%s","jobTitle":"Youth worker","team":"Lichfield North",
                 "workPhone":"01543 308123","mobile":null,"email":"youth@%s.example","preferredContact":"EMAIL",
                 "status":"ACTIVE"}""".formatted(id, agency, name, agency);
    }

    @Test
    void aCallerMissingFromTheLocalCopyIsFetchedFromTheDirectoryWithTheirTokenAndKept() {
        TestUser user = TestKeycloak.get().createUser("lichfield-dc", "Sample", "Youth Worker", "practitioner");
        UUID directoryId = UUID.randomUUID();
        String token = user.accessToken();
        DIRECTORY.stubFor(WireMock.get(urlEqualTo("/api/directory/me")).withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(professionalJson(directoryId, "lichfield-dc", "Sample Youth Worker"))));

        int status = api().get().uri("/api/me/clients").header("Authorization", "Bearer " + token).retrieve()
                .toBodilessEntity().getStatusCode().value();

        assertThat(status).isEqualTo(200);
        assertThat(contacts.findById(directoryId)).hasValueSatisfying(contact -> {
            assertThat(contact.keycloakSubject()).isEqualTo(user.id());
            assertThat(contact.name()).isEqualTo("Sample Youth Worker");
        });
        DIRECTORY.verify(1, getRequestedFor(urlEqualTo("/api/directory/me")).withHeader("Authorization",
                equalTo("Bearer " + token)));
    }

    @Test
    void anInviteeMissingFromTheLocalCopyIsFetchedFromTheDirectoryAndShownInTheTeam() {
        Pro lead = professional("lichfield-dc", "Sample", "Early Help Worker", "practitioner");
        UUID clientId = registerClient(lead, uniqueFamilyName());
        UUID inviteeId = UUID.randomUUID();
        DIRECTORY.stubFor(WireMock.get(urlEqualTo("/api/directory/professionals/" + inviteeId))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(professionalJson(inviteeId, "schools-partnership", "Sample Head Teacher"))));

        ResponseEntity<Map<String, Object>> invited = post("/api/clients/" + clientId + "/invitations", lead,
                Map.of("professionalId", inviteeId.toString(), "reason", "Attends their school"));

        assertThat(invited.getStatusCode().value()).isEqualTo(201);
        assertThat(contacts.findById(inviteeId)).hasValueSatisfying(contact ->
                assertThat(contact.agency()).isEqualTo("schools-partnership"));
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
                .willReturn(okJson(professionalJson(UUID.randomUUID(), "staffordshire-cc", "Sample Slow Path Worker"))
                        .withFixedDelay(6_000)));

        int status = api().get().uri("/api/me/clients").header("Authorization", "Bearer " + token).retrieve()
                .toBodilessEntity().getStatusCode().value();

        assertThat(status).isEqualTo(503);
    }
}
