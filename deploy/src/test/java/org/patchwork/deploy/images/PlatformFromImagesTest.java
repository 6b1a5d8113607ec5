package org.patchwork.deploy.images;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.patchwork.deploy.Browser;
import org.patchwork.platform.test.TestKeycloak;
import org.patchwork.platform.test.TestUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform as the ops team runs it: every part from its shipped image (ShippedPlatform, started with
 * Testcontainers through podman's API). Practitioners sign in through an OIDC and a SAML demo agency and read a
 * client's overview through the gateway; then schedule-service is replaced by a newer image while the overview is
 * read again and again, as deploy/compose/README.md's runbook "Redeploying one part" does it. Between them, one
 * service's container is checked as the layout runs it (read-only root file system, a tmpfs at /tmp, 640 MB: its own
 * user, its heap from the limit, its labels and SBOM). Then Keycloak's container is restarted: its state (realm,
 * users, the break-glass administrator) lives in its PostgreSQL database. Last, every Spring Boot part is stopped as
 * the host stops it and must exit on its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformFromImagesTest {

    private static final RestClient HTTP = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
            .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
    private static final HttpClient JDK_HTTP = HttpClient.newHttpClient();

    private static ShippedPlatform platform;
    private static String gateway;

    @BeforeAll
    static void start() throws Exception {
        platform = new ShippedPlatform();
        gateway = platform.gatewayUrl();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @ParameterizedTest(name = "{0} ({1})")
    @Order(1)
    @CsvSource({
            "lichfield-dc, OIDC, Demo Housing Officer",
            "staffs-fire, SAML, Demo Firefighter"})
    void aPractitionerSignsInThroughTheirAgencyAndReadsAClientsOverviewThroughTheGateway(String agency,
            String protocol, String name) throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(gateway + "/");
            browser.waitForUrlContaining("/sign-in");
            browser.waitFor(By.cssSelector("a[data-agency='" + agency + "']")).click();
            browser.signInAtAgency(agency, "practitioner", gateway);
            assertThat(browser.text(By.id("signed-in-as"))).contains(name);

            String familyName = Browser.uniqueName("Imaged");
            String clientPage = browser.addClient(gateway, "Sam", familyName, "04/03/2016", "CONSENT",
                    "Supporting the family after a referral");

            assertThat(browser.text(By.id("client-name"))).contains(familyName);
            assertThat(browser.text(By.id("team"))).contains(name);
            assertThat(browser.waitFor(By.id("visits-heading")).isDisplayed()).isTrue();
            // A service's first call to another, just started, may outlast client-network's time limit: the page
            // then says the schedule is unavailable. The overview through the gateway shows it once it answers.
            String clientId = clientPage.substring(clientPage.lastIndexOf('/') + 1);
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                Object overview = browser.driver.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch('/api/clients/' + arguments[0] + '/overview').then(r => r.json())
                          .then(body => done([body.client.familyName, body.schedule.available]));""", clientId);
                assertThat(overview).isEqualTo(List.of(familyName, true));
            });
            browser.open(clientPage);
            assertThat(browser.text(By.id("client-name"))).contains(familyName);
            assertThat(browser.driver.findElements(By.id("schedule-unavailable"))).isEmpty();
        }
    }

    @Test
    @Order(2)
    void aServiceIsReadyOnItsManagementPortAndServesNoActuatorOnItsPublicPort() throws Exception {
        GenericContainer<?> schedule = platform.schedule();
        HttpResponse<String> readiness = JDK_HTTP.send(HttpRequest.newBuilder(URI.create(
                "http://" + schedule.getHost() + ":" + schedule.getMappedPort(9000) + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
        // Inside the container, with the image's own health check: 200 on the management port only.
        assertThat(schedule.execInContainer("healthcheck", "http", "9000", "/actuator/health/readiness").getExitCode())
                .isZero();
        assertThat(schedule.execInContainer("healthcheck", "http", "8080", "/actuator/health/readiness").getExitCode())
                .isNotZero();
    }

    @Test
    @Order(2)
    void aServiceRunsAsItsOwnUserAndWritesNothingOutsideTmp() throws Exception {
        GenericContainer<?> schedule = platform.schedule();
        assertThat(schedule.execInContainer("id", "-u").getStdout().trim()).isEqualTo("10001");
        assertThat(schedule.execInContainer("touch", "/app/written").getExitCode()).isNotZero();
        assertThat(schedule.execInContainer("touch", "/tmp/written").getExitCode()).isZero();
    }

    @Test
    @Order(2)
    void aServicesHeapIsTakenFromTheContainersMemoryLimit() throws Exception {
        String flags = platform.schedule().execInContainer("java", "@/app/jvm.options", "-XX:+PrintFlagsFinal",
                "-version").getStdout();

        long maxHeap = Long.parseLong(flags.lines().filter(line -> line.contains(" MaxHeapSize "))
                .findFirst().orElseThrow().replaceAll(".*=\\s*(\\d+).*", "$1"));
        assertThat(maxHeap).isBetween(ShippedPlatform.SERVICE_MEMORY * 55 / 100, ShippedPlatform.SERVICE_MEMORY * 65 / 100);
    }

    @Test
    @Order(2)
    void aServicesLabelsSayWhichReleaseAndCommitItIs() throws IOException {
        Map<String, String> labels = platform.schedule().getContainerInfo().getConfig().getLabels();

        // The part's own release, not the build's version: what its CHANGELOG.md and its events' source name.
        assertThat(labels.get("org.opencontainers.image.version")).isEqualTo(release("schedule-service"))
                .isNotEqualTo(platform.version);
        assertThat(labels.get("org.opencontainers.image.revision")).matches("[0-9a-f]{40}(-dirty)?");
        assertThat(labels.get("org.opencontainers.image.created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(labels.get("org.opencontainers.image.title")).isEqualTo("patchwork-schedule-service");
    }

    @Test
    @Order(2)
    void aServicesSoftwareBillOfMaterialsLiesBesideItsImageAndListsWhatRunsInIt() throws Exception {
        Path sbom = Path.of("target", "images", "schedule-service-" + platform.version + ".cdx.json");
        assertThat(sbom).as("deploy/containers/images writes it beside the image").exists();

        JsonNode bom = JsonMapper.builder().build().readTree(Files.readString(sbom));
        assertThat(bom.path("bomFormat").asString()).isEqualTo("CycloneDX");
        assertThat(bom.path("metadata").path("component").path("name").asString()).isEqualTo("schedule-service");
        assertThat(bom.path("metadata").path("component").path("version").asString()).isEqualTo(platform.version);
        assertThat(bom.path("components").valueStream().map(component -> component.path("name").asString()))
                .contains("spring-boot", "spring-kafka", "postgresql", "platform-service");
        assertThat(bom.path("components").valueStream())
                .as("every component with its version and package URL, as a scanner needs them")
                .allSatisfy(component -> {
                    assertThat(component.path("version").asString()).isNotBlank();
                    assertThat(component.path("purl").asString()).startsWith("pkg:maven/");
                });
    }

    @Test
    @Order(3)
    void replacingScheduleServiceWithANewerImageKeepsOverviewsAnsweringAndLosesNoEvent() throws Exception {
        TestKeycloak keycloak = TestKeycloak.at(platform.keycloakUrl(), "break-glass", platform.keycloakAdminPassword);
        TestUser lead = keycloak.createUser("staffs-fire", "Sample", "Lead", "practitioner");
        String clientId = registerClient(lead);
        String overview = gateway + "/api/clients/" + clientId + "/overview";
        assertThat(scheduleAvailable(overview, lead)).isTrue();
        DockerImageName newerImage = ShippedImages.newerImageOf("schedule-service", platform.version,
                platform.version + "-redeployed");

        List<Integer> statuses = new CopyOnWriteArrayList<>();
        List<Boolean> scheduleAvailable = new CopyOnWriteArrayList<>();
        // Tokens live five minutes, about as long as a replacement may take here: a fresh one each minute.
        FreshBearer leadBearer = new FreshBearer(lead);
        // A practitioner's pace, five reads a second, not a load test: the new container starts on the same cores.
        ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor();
        reader.scheduleWithFixedDelay(() -> {
            try {
                ResponseEntity<Map> answer = HTTP.get().uri(overview).header(HttpHeaders.AUTHORIZATION, leadBearer.get())
                        .retrieve().toEntity(Map.class);
                statuses.add(answer.getStatusCode().value());
                if (answer.getBody() != null && answer.getBody().get("schedule") instanceof Map<?, ?> schedule) {
                    scheduleAvailable.add(Boolean.TRUE.equals(schedule.get("available")));
                }
            } catch (RuntimeException noAnswer) {
                // The gateway did not answer at all: as much a failure as a 5xx, and the reads go on.
                statuses.add(-1);
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        TestUser joiner;
        GenericContainer<?> replacement;
        try {
            GenericContainer<?> old = platform.schedule();
            old.getDockerClient().stopContainerCmd(old.getContainerId()).withTimeout(30).exec();
            old.stop();

            // While no schedule-service runs: a colleague signs in (directory.professionals) and joins the
            // client's network (network.memberships); schedule-service learns both only from these events.
            joiner = keycloak.createUser("lichfield-dc", "Sample", "Joiner", "practitioner");
            assertThat(HTTP.get().uri(gateway + "/api/directory/me").header(HttpHeaders.AUTHORIZATION, joiner.bearer())
                    .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200);
            ResponseEntity<Map> joined = HTTP.post().uri(gateway + "/api/clients/" + clientId + "/network/join")
                    .header(HttpHeaders.AUTHORIZATION, joiner.bearer())
                    .body(Map.of("legalBasis", "SAFEGUARDING_DUTY", "reason", "Home safety visit requested"))
                    .retrieve().toEntity(Map.class);
            assertThat(joined.getStatusCode().value()).as("%s", joined.getBody()).isEqualTo(201);

            replacement = platform.scheduleService(newerImage);
            replacement.start();
            platform.replacedSchedule(replacement);
            // Once client-network's circuit breaker lets a call through again, the schedule's part is back.
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !scheduleAvailable.isEmpty() && scheduleAvailable.getLast());
        } finally {
            reader.shutdown();
            assertThat(reader.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        assertThat(statuses).as("answers through the gateway while schedule-service was replaced")
                .isNotEmpty().allMatch(status -> status == 200);
        assertThat(scheduleAvailable).as("the overview said the schedule was unavailable while it was replaced")
                .contains(false);
        assertThat(replacement.getContainerInfo().getConfig().getLabels())
                .containsEntry("org.opencontainers.image.version", platform.version + "-redeployed");
        // The events published while it was away were consumed by the new container: the colleague who joined
        // then is a member to schedule-service, and may schedule a visit.
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            ResponseEntity<Map> visit = HTTP.post().uri(gateway + "/api/clients/" + clientId + "/visits")
                    .header(HttpHeaders.AUTHORIZATION, joiner.bearer())
                    .body(Map.of("startsAt", Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS)
                                    .toString(), "durationMinutes", 45, "kind", "HOME_VISIT",
                            "purpose", "Fit smoke alarms"))
                    .retrieve().toEntity(Map.class);
            assertThat(visit.getStatusCode().value()).as("%s", visit.getBody()).isEqualTo(201);
        });
    }

    @Test
    @Order(4)
    void aRestartedKeycloakKeepsItsRealmItsUsersAndItsAdministratorWithoutImportingAgain() {
        TestKeycloak keycloak = TestKeycloak.at(platform.keycloakUrl(), "break-glass", platform.keycloakAdminPassword);
        TestUser practitioner = keycloak.createUser("lichfield-dc", "Sample", "Returner", "practitioner");
        String overview = gateway + "/api/clients/" + registerClient(practitioner) + "/overview";

        platform.restartKeycloak();

        // The realm came from Keycloak's database, not from a second import over it.
        assertThat(platform.keycloakLogs()).contains("Realm 'patchwork' already exists. Import skipped");
        // A user made before the restart signs in again and reads what they registered, through the gateway.
        ResponseEntity<Map> answer = HTTP.get().uri(overview).header(HttpHeaders.AUTHORIZATION, practitioner.bearer())
                .retrieve().toEntity(Map.class);
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
        // The break-glass administrator made at the first start still administers the realm.
        assertThat(TestKeycloak.at(platform.keycloakUrl(), "break-glass", platform.keycloakAdminPassword)
                .createUser("staffs-fire", "Sample", "Newcomer", "practitioner").bearer()).isNotBlank();
    }

    /** Last: it stops the platform's Spring Boot parts, as the host does (SIGTERM, then SIGKILL after 30 s). */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyPartStopsGracefullyExitingOnItsOwnBeforeTheRuntimeWouldKillIt() {
        Map<String, GenericContainer<?>> parts = platform.springParts();
        for (String part : platform.springPartsInStopOrder()) {
            GenericContainer<?> container = parts.get(part);
            container.getDockerClient().stopContainerCmd(container.getContainerId()).withTimeout(30).exec();

            var state = container.getDockerClient().inspectContainerCmd(container.getContainerId()).exec().getState();
            assertThat(state.getRunning()).as(part).isFalse();
            assertThat(state.getExitCodeLong()).as("%s ended on SIGTERM (143), not killed after 30 s (137)", part)
                    .isEqualTo(143L);
            assertThat(container.getLogs()).as(part).contains("Commencing graceful shutdown", "Graceful shutdown complete");
        }
    }

    /** {@code service.version} in the part's pom. */
    private static String release(String part) throws IOException {
        Matcher release = Pattern.compile("<service\\.version>([^<]+)</service\\.version>")
                .matcher(Files.readString(Path.of("..", part, "pom.xml")));
        assertThat(release.find()).as("%s/pom.xml declares service.version", part).isTrue();
        return release.group(1);
    }

    private static boolean scheduleAvailable(String overview, TestUser reader) {
        ResponseEntity<Map> answer = HTTP.get().uri(overview).header(HttpHeaders.AUTHORIZATION, reader.bearer())
                .retrieve().toEntity(Map.class);
        assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(200);
        return Boolean.TRUE.equals(((Map<?, ?>) answer.getBody().get("schedule")).get("available"));
    }

    private static String registerClient(TestUser practitioner) {
        ResponseEntity<Map> me = HTTP.get().uri(gateway + "/api/directory/me")
                .header(HttpHeaders.AUTHORIZATION, practitioner.bearer()).retrieve().toEntity(Map.class);
        assertThat(me.getStatusCode().value()).as("%s", me.getBody()).isEqualTo(200);
        Map<String, Object> client = Map.of(
                "client", Map.of("givenName", "Robin", "familyName", Browser.uniqueName("Redeploy"),
                        "dateOfBirth", LocalDate.of(2016, 3, 4).toString(), "address", "1 Example Row, Lichfield",
                        "postcode", "WS13 6YY"),
                "basis", Map.of("legalBasis", "CONSENT", "reason", "Supporting the family after a referral"));
        ResponseEntity<Map> created = HTTP.post().uri(gateway + "/api/clients")
                .header(HttpHeaders.AUTHORIZATION, practitioner.bearer()).body(client).retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    /** The user's bearer token, fetched again once it is a minute old. */
    private static final class FreshBearer {

        private final TestUser user;
        private String bearer;
        private Instant fetched = Instant.MIN;

        FreshBearer(TestUser user) {
            this.user = user;
        }

        synchronized String get() {
            if (fetched.isBefore(Instant.now().minus(Duration.ofMinutes(1)))) {
                bearer = user.bearer();
                fetched = Instant.now();
            }
            return bearer;
        }
    }
}
