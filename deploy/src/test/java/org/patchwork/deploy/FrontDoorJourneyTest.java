package org.patchwork.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.patchwork.platform.test.PlatformProcess;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door as a browser and an agency's system meet it: a form forged on another origin is refused, a
 * session Keycloak ends is ended at the gateway at once, every answer carries the security headers, and the
 * management endpoints are not served through the gateway.
 */
class FrontDoorJourneyTest {

    static TestPlatform platform;
    static String gateway;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = TestPlatform.get();
        gateway = platform.gatewayUrl();
    }

    /**
     * Another origin of the same site (127.0.0.1 on another port, as a sibling host of a council's domain would be):
     * the browser sends the user's SameSite=Lax cookies with its form, so only the form token can refuse it.
     */
    @Test
    void aFormPostedFromAnotherOriginIsRefusedAndChangesNothing() throws Exception {
        try (Browser officer = Browser.signedIn(gateway, "schools-partnership", "ig-officer");
             ForeignSite foreign = new ForeignSite("""
                     <!DOCTYPE html><html><body>
                     <form id="forged" method="post" action="%s/profile/alerts">
                       <input name="channel.ATTENTION" value="SMS"><input name="channel.URGENT_ATTENTION" value="BOTH">
                       <input name="channel.MEMBER_JOINED" value="NONE"><input name="quietFrom" value="03:33">
                       <input name="quietUntil" value="04:44"><input name="timeZone" value="Europe/London">
                     </form>
                     <script>document.getElementById('forged').submit();</script>
                     </body></html>""".formatted(gateway))) {
            openAlertPreferences(officer);
            String quietFrom = officer.driver.findElement(By.id("quietFrom")).getDomProperty("value");
            assertThat(quietFrom).isNotEqualTo("03:33");

            officer.open(foreign.url());
            officer.waitForUrlContaining(gateway + "/profile/alerts");

            assertThat(officer.text(By.tagName("h1"))).isEqualTo("Sorry, there is a problem with the service");
            openAlertPreferences(officer);
            assertThat(officer.driver.findElement(By.id("quietFrom")).getDomProperty("value")).isEqualTo(quietFrom);
        }
    }

    @Test
    void whenKeycloakEndsTheUsersSessionTheGatewaySessionEndsAtOnce() throws Exception {
        try (Browser administrator = Browser.signedIn(gateway, "schools-partnership", "admin")) {
            administrator.open(gateway + "/profile");
            administrator.waitFor(By.id("signed-in-as"));

            TestKeycloak.get().endSessionsOf("schools-partnership.admin");

            administrator.open(gateway + "/profile");
            administrator.waitForUrlContaining(gateway + "/sign-in");
            assertThat(administrator.driver.findElements(By.id("signed-in-as"))).isEmpty();
        }
    }

    @Test
    void pagesRunGovukFrontendsInlineScriptUnderTheContentSecurityPolicy() throws Exception {
        try (Browser worker = Browser.signedIn(gateway, "schools-partnership", "ig-officer")) {
            assertThat((String) worker.driver.executeScript("return document.body.className")).contains("js-enabled");
        }
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        TestUser officer = TestKeycloak.get().createUser("staffs-fire", "Header", "Officer", "practitioner");

        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(gateway + "/sign-in")));
        HttpResponse<String> api = send(HttpRequest.newBuilder(URI.create(gateway + "/api/directory/me"))
                .header("Authorization", officer.bearer()));

        for (HttpResponse<String> response : new HttpResponse[] {page, api}) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                    assertThat(policy).contains("script-src 'self' 'sha256-").doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
        }
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("XSRF-TOKEN=").contains("SameSite=Lax"));
    }

    @Test
    void managementEndpointsAreOnlyOnEachPartsManagementPortAndTheApiDescriptionsAreServed() throws Exception {
        TestUser officer = TestKeycloak.get().createUser("staffs-fire", "Metrics", "Officer", "practitioner");

        for (String path : new String[] {"/actuator/metrics", "/actuator/health", "/actuator/prometheus"}) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(gateway + path))
                    .header("Authorization", officer.bearer()));
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
        }
        for (PlatformProcess part : new PlatformProcess[] {platform.directory, platform.clientNetwork,
                platform.schedule, platform.notification, platform.webApp, platform.gateway}) {
            assertThat(send(HttpRequest.newBuilder(URI.create(part.url() + "/actuator/health/readiness")))
                    .statusCode()).as(part + " public port").isIn(401, 404);
            assertThat(send(HttpRequest.newBuilder(URI.create(part.managementUrl() + "/actuator/health/readiness")))
                    .statusCode()).as(part + " management port").isEqualTo(200);
            for (String path : new String[] {"/profile", "/api/directory/me", "/api/me/clients"}) {
                assertThat(send(HttpRequest.newBuilder(URI.create(part.managementUrl() + path))
                        .header("Authorization", officer.bearer())).statusCode())
                        .as(part + " management port serves no " + path).isIn(401, 403, 404);
            }
        }
        for (String service : new String[] {"directory", "client-network", "schedule", "notification"}) {
            HttpResponse<String> description = send(HttpRequest.newBuilder(
                    URI.create(gateway + "/api/docs/" + service + "/v1")).header("Authorization", officer.bearer()));
            assertThat(description.statusCode()).as(service).isEqualTo(200);
            assertThat(description.body()).as(service).contains("\"openapi\"", "\"paths\"", "\"servers\":[{\"url\":\"/\"")
                    .doesNotContain("127.0.0.1");
        }
        assertThat(send(HttpRequest.newBuilder(URI.create(gateway + "/api/docs/directory/v1"))).statusCode())
                .as("for signed-in callers only").isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(URI.create(platform.directory.url() + "/swagger-ui.html")))
                .statusCode()).as("no Swagger UI on a service's public port").isIn(401, 404);
    }

    private static void openAlertPreferences(Browser browser) throws InterruptedException {
        // The notification service learns of a professional a moment after their first sign-in.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            browser.open(gateway + "/profile/alerts");
            if (!browser.driver.findElements(By.id("save-alerts")).isEmpty() || Instant.now().isAfter(deadline)) {
                browser.waitFor(By.id("save-alerts"));
                return;
            }
            Thread.sleep(500);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page on another origin of the same site, served from this JVM. */
    private static final class ForeignSite implements AutoCloseable {

        private final HttpServer server;

        ForeignSite(String html) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] page = html.getBytes(StandardCharsets.UTF_8);
            server.createContext("/", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
