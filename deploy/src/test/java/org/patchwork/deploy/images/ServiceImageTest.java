package org.patchwork.deploy.images;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * schedule-service's image, run as the single-host layout runs it (deploy/compose/compose.yaml): on the PostgreSQL
 * and Kafka images, with a read-only root file system, a tmpfs for /tmp and a 640 MB memory limit, started with
 * Testcontainers through podman's Docker-compatible API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceImageTest {

    private static final long MEMORY_LIMIT = 640L * 1024 * 1024;

    private static Network network;
    private static GenericContainer<?> postgres;
    private static GenericContainer<?> kafka;
    private static GenericContainer<?> schedule;

    @BeforeAll
    static void start() throws Exception {
        ShippedImages.ensure("postgres", "kafka", "schedule-service");
        String databasePassword = UUID.randomUUID().toString();
        network = Network.newNetwork();
        postgres = asShipped(new GenericContainer<>(ShippedImages.image("postgres:15")))
                .withNetworkAliases("postgres")
                .withEnv(Map.of("POSTGRES_PASSWORD", UUID.randomUUID().toString(),
                        "PATCHWORK_DATABASES", "schedule",
                        "PATCHWORK_DB_PASSWORD_SCHEDULE", databasePassword))
                .withExposedPorts(5432)
                .waitingFor(Wait.forListeningPort().withStartupTimeout(Duration.ofMinutes(3)));
        kafka = asShipped(new GenericContainer<>(ShippedImages.image("kafka:4.1.2")))
                .withNetworkAliases("kafka")
                .withEnv("KAFKA_ADVERTISED_HOST", "kafka")
                .withExposedPorts(9092)
                .waitingFor(Wait.forListeningPort().withStartupTimeout(Duration.ofMinutes(3)));
        postgres.start();
        kafka.start();
        schedule = asShipped(new GenericContainer<>(
                ShippedImages.image("schedule-service:latest")))
                .withEnv(Map.of("PATCHWORK_DB_URL", "jdbc:postgresql://postgres:5432/patchwork_schedule",
                        "PATCHWORK_DB_USER", "patchwork_schedule",
                        "PATCHWORK_DB_PASSWORD", databasePassword,
                        "PATCHWORK_KAFKA_BOOTSTRAP", "kafka:9092",
                        // Tokens are checked lazily: readiness needs no Keycloak.
                        "PATCHWORK_ISSUER", "http://keycloak.invalid/realms/patchwork"))
                .withExposedPorts(8080, 9000)
                .waitingFor(Wait.forHttp("/actuator/health/readiness").forPort(9000)
                        .withStartupTimeout(Duration.ofMinutes(6)));
        schedule.start();
    }

    private static GenericContainer<?> asShipped(GenericContainer<?> container) {
        return container.withNetwork(network)
                .withTmpFs(Map.of("/tmp", "rw"))
                .withCreateContainerCmdModifier(command -> command.getHostConfig()
                        .withReadonlyRootfs(true).withMemory(MEMORY_LIMIT));
    }

    @AfterAll
    static void stop() {
        for (GenericContainer<?> container : new GenericContainer<?>[] {schedule, kafka, postgres}) {
            if (container != null) {
                container.stop();
            }
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void theServiceIsReadyOnItsManagementPortAndServesNoActuatorOnItsPublicPort() throws Exception {
        HttpResponse<String> readiness = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://" + schedule.getHost() + ":" + schedule.getMappedPort(9000) + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> publicActuator = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://" + schedule.getHost() + ":" + schedule.getMappedPort(8080) + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
        assertThat(publicActuator.statusCode()).isNotEqualTo(200);
    }

    @Test
    void itRunsAsItsOwnUserAndWritesNothingOutsideTmp() throws Exception {
        assertThat(schedule.execInContainer("id", "-u").getStdout().trim()).isEqualTo("10001");
        assertThat(schedule.execInContainer("touch", "/app/written").getExitCode()).isNotZero();
        assertThat(schedule.execInContainer("touch", "/tmp/written").getExitCode()).isZero();
    }

    @Test
    void itsHeapIsTakenFromTheContainersMemoryLimit() throws Exception {
        String flags = schedule.execInContainer("java", "@/app/jvm.options", "-XX:+PrintFlagsFinal", "-version")
                .getStdout();

        long maxHeap = Long.parseLong(flags.lines().filter(line -> line.contains(" MaxHeapSize "))
                .findFirst().orElseThrow().replaceAll(".*=\\s*(\\d+).*", "$1"));
        assertThat(maxHeap).isBetween(MEMORY_LIMIT * 55 / 100, MEMORY_LIMIT * 65 / 100);
    }

    @Test
    void itsLabelsSayWhichVersionAndCommitItIs() {
        Map<String, String> labels = schedule.getContainerInfo().getConfig().getLabels();

        assertThat(labels.get("org.opencontainers.image.version")).isEqualTo(System.getProperty("project.version"));
        assertThat(labels.get("org.opencontainers.image.revision")).matches("[0-9a-f]{40}(-dirty)?");
        assertThat(labels.get("org.opencontainers.image.created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(labels.get("org.opencontainers.image.title")).isEqualTo("patchwork-schedule-service");
    }

    @Test
    void itsSoftwareBillOfMaterialsLiesBesideTheImageAndListsWhatRunsInIt() throws Exception {
        String version = System.getProperty("project.version");
        Path sbom = Path.of("target", "images", "schedule-service-" + version + ".cdx.json");
        assertThat(sbom).as("deploy/containers/images writes it beside the image").exists();

        JsonNode bom = JsonMapper.builder().build().readTree(Files.readString(sbom));
        assertThat(bom.path("bomFormat").asString()).isEqualTo("CycloneDX");
        assertThat(bom.path("metadata").path("component").path("name").asString()).isEqualTo("schedule-service");
        assertThat(bom.path("metadata").path("component").path("version").asString()).isEqualTo(version);
        assertThat(bom.path("components").valueStream().map(component -> component.path("name").asString()))
                .contains("spring-boot", "spring-kafka", "postgresql", "platform-service");
        assertThat(bom.path("components").valueStream())
                .as("every component with its version and package URL, as a scanner needs them")
                .allSatisfy(component -> {
                    assertThat(component.path("version").asString()).isNotBlank();
                    assertThat(component.path("purl").asString()).startsWith("pkg:maven/");
                });
    }

    /** Last: it stops the service. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aStopIsGracefulTheServiceFinishesItsWorkAndExitsOnItsOwnBeforeTheRuntimeWouldKillIt() {
        schedule.getDockerClient().stopContainerCmd(schedule.getContainerId()).withTimeout(60).exec();

        var state = schedule.getDockerClient().inspectContainerCmd(schedule.getContainerId()).exec().getState();
        assertThat(state.getRunning()).isFalse();
        assertThat(state.getExitCodeLong()).as("the JVM ended on SIGTERM (143), not killed after the timeout (137)")
                .isEqualTo(143L);
        assertThat(schedule.getLogs()).contains("Commencing graceful shutdown", "Graceful shutdown complete");
    }
}
