package org.patchwork.notification.contracts;

import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.patchwork.notification.NotificationIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The base of the tests generated from this service's API contracts ({@code src/test/resources/contracts/}): the
 * whole service on its port, against real PostgreSQL, Kafka, Keycloak and SMTP. The caller is a practitioner of
 * Lichfield District Council the directory told this service about, with the default alert preferences (each
 * contract starts from them) and the email of one visit where nobody answered the door, sent. A contract's request
 * carries some bearer token; the test sends the caller's real one instead, so the service's own security answers.
 */
public abstract class ApiContractBase extends NotificationIntegrationTest {

    private static Pro caller;

    @BeforeEach
    void theContractsCaller() {
        synchronized (ApiContractBase.class) {
            if (caller == null) {
                Pro practitioner = professionalWithLogin("Sample", "Contract Caller");
                assertThat(call(HttpMethod.PUT, "/api/me/notification-preferences", practitioner, Map.of(
                        "channels", Map.of("NO_ACCESS", "EMAIL"), "quietHours", Map.of("from", "21:00", "until",
                                "07:00", "timeZone", "Europe/London"), "dailyDigest", false))
                        .getStatusCode().value()).isEqualTo(200);
                noAccessReportedBy(professional("Sample Contract Visitor"), practitioner);
                await().until(() -> !notificationsTo(practitioner).isEmpty() && notificationsTo(practitioner)
                        .stream().allMatch(notification -> "SENT".equals(notification.get("status"))));
                caller = practitioner;
            }
        }
        jdbc.sql("DELETE FROM notification_channel_choice WHERE professional_id = :id").param("id", caller.id())
                .update();
        jdbc.sql("DELETE FROM notification_setting WHERE professional_id = :id").param("id", caller.id()).update();
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
                request.replaceHeader(HttpHeaders.AUTHORIZATION, caller.user().bearer());
            }
            return context.next(request, response);
        };
    }
}
