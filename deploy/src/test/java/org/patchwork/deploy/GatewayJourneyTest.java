package org.patchwork.deploy;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton end to end: the directory service and the gateway run as their own processes, exactly
 * as deployed, on real PostgreSQL, Kafka and Keycloak; requests go through the gateway.
 */
class GatewayJourneyTest {

    static String gateway;
    static RestClient http = RestClient.builder()
            .requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory())
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();

    @BeforeAll
    static void startPlatform() throws Exception {
        gateway = TestPlatform.get().gatewayUrl();
    }

    @Test
    void anAuthenticatedRequestReachesTheServiceWithTheCallersTokenAndAgency() {
        TestUser officer = TestKeycloak.get().createUser("staffs-fire", "Sample", "Officer", "practitioner");

        ResponseEntity<Map> response = http.get().uri(gateway + "/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, officer.bearer())
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).containsEntry("agency", "staffs-fire").containsEntry("name", "Sample Officer");
        // A bearer call is stateless at the gateway: no session, no CSRF cookie.
        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void theGatewayRefusesRequestsWithoutAPatchworkTokenWithAProblem() {
        TestUser nurse = TestKeycloak.get().createUser("nhs-primary-care", "Demo", "Nurse", "practitioner");

        ResponseEntity<Map> anonymous = http.get().uri(gateway + "/api/directory/me").retrieve().toEntity(Map.class);
        ResponseEntity<Map> wrongAudience = http.get().uri(gateway + "/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + nurse.accessTokenWithoutPatchworkAudience())
                .retrieve().toEntity(Map.class);
        int foreignRealm = http.get().uri(gateway + "/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestKeycloak.get().foreignRealmToken())
                .retrieve().toBodilessEntity().getStatusCode().value();

        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(anonymous.getBody()).containsEntry("status", 401);
        assertThat(wrongAudience.getStatusCode().value()).isEqualTo(401);
        assertThat(wrongAudience.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(wrongAudience.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(foreignRealm).isEqualTo(401);
    }

    @Test
    void aRequestTheFirewallRefusesGetsAProblem() {
        TestUser officer = TestKeycloak.get().createUser("staffs-fire", "Sample", "Officer", "practitioner");

        for (String bearer : new String[] {officer.bearer(), null}) {
            var request = http.get().uri(gateway + "/api/directory/me;jsessionid=x");
            if (bearer != null) {
                request.header(HttpHeaders.AUTHORIZATION, bearer);
            }
            ResponseEntity<Map> refused = request.retrieve().toEntity(Map.class);

            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(refused.getBody()).containsEntry("status", 400)
                    .containsEntry("type", "https://patchwork.example/problems/request-rejected");
        }
    }
}
