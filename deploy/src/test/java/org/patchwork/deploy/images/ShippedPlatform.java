package org.patchwork.deploy.images;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

import static org.awaitility.Awaitility.await;

/**
 * The whole platform from the shipped images, wired as the single-host layout wires it (deploy/compose/compose.yaml
 * with compose.demo.yaml): PostgreSQL, Kafka, Keycloak with the demo agencies' realms, the four services, the web
 * app and the gateway on one network, each with a read-only root file system, a tmpfs at /tmp and the layout's
 * memory limit. Only the gateway and Keycloak's browser-facing port are published, on 127.0.0.1.
 *
 * <p>As in the local layout, Keycloak is {@code keycloak.localhost} both to browsers (which resolve {@code *.localhost}
 * to this machine) and on the container network (its alias there), listening inside on the same port it is
 * published on: one issuer address for browsers, the gateway and the services. Both published ports are free ports
 * picked at start, so that this platform never collides with another test run's.
 */
final class ShippedPlatform implements AutoCloseable {

    static final String KEYCLOAK_HOST = "keycloak.localhost";
    static final long SERVICE_MEMORY = 640L * 1024 * 1024;
    private static final Duration SERVICE_START = Duration.ofMinutes(12);

    final String version = System.getProperty("project.version");
    final int keycloakPort;
    final int gatewayPort;
    final String keycloakAdminPassword = UUID.randomUUID().toString();
    private final String directoryClientSecret = UUID.randomUUID().toString();

    private final Network network = Network.newNetwork();
    private final Map<String, String> databasePasswords = new HashMap<>();
    private final List<GenericContainer<?>> started = new ArrayList<>();
    private GenericContainer<?> schedule;
    private GenericContainer<?> keycloak;
    /** The Spring Boot parts by name, in the order a host stops them: what answers the public first. */
    private final Map<String, GenericContainer<?>> springParts = new LinkedHashMap<>();

    ShippedPlatform() throws Exception {
        ShippedImages.ensure("postgres", "kafka", "keycloak", "directory-service", "client-network-service",
                "schedule-service", "notification-service", "web-app", "gateway");
        keycloakPort = freePort();
        gatewayPort = freePort();
        try {
            start();
        } catch (Exception | Error failed) {
            close();
            throw failed;
        }
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** Keycloak as this machine reaches it (admin API, test tokens); the issuer stays {@link #issuer()}. */
    String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    String issuer() {
        return "http://" + KEYCLOAK_HOST + ":" + keycloakPort + "/realms/patchwork";
    }

    GenericContainer<?> schedule() {
        return schedule;
    }

    private void start() throws Exception {
        for (String database : List.of("directory", "client_network", "schedule", "notification", "gateway",
                "keycloak")) {
            databasePasswords.put(database, UUID.randomUUID().toString());
        }
        Map<String, String> postgresEnvironment = new HashMap<>(Map.of(
                "POSTGRES_PASSWORD", UUID.randomUUID().toString(),
                "PATCHWORK_DATABASES", String.join(" ", databasePasswords.keySet())));
        databasePasswords.forEach((database, password) ->
                postgresEnvironment.put("PATCHWORK_DB_PASSWORD_" + database.toUpperCase(), password));
        GenericContainer<?> postgres = shipped(ShippedImages.image("postgres:15"), 512)
                .withNetworkAliases("postgres").withEnv(postgresEnvironment)
                .withExposedPorts(5432)
                .waitingFor(Wait.forListeningPort().withStartupTimeout(Duration.ofMinutes(3)));
        GenericContainer<?> kafka = shipped(ShippedImages.image("kafka:4.1.2"), 768)
                .withNetworkAliases("kafka").withEnv("KAFKA_ADVERTISED_HOST", "kafka")
                .withExposedPorts(9092)
                .waitingFor(Wait.forListeningPort().withStartupTimeout(Duration.ofMinutes(3)));
        startAll(postgres, kafka);

        // Keycloak and the services need only PostgreSQL and Kafka to become ready (tokens are checked lazily).
        keycloak = keycloak();
        // The directory disables leavers' accounts through Keycloak's admin API, on the container network.
        GenericContainer<?> directory = service("directory-service", "directory", Map.of(
                "PATCHWORK_KEYCLOAK_URL", "http://keycloak:" + keycloakPort,
                "PATCHWORK_DIRECTORY_CLIENT_SECRET", directoryClientSecret));
        schedule = scheduleService(ShippedImages.image("schedule-service:" + version));
        GenericContainer<?> clientNetwork = service("client-network-service", "client_network", Map.of(
                "PATCHWORK_DIRECTORY_URL", "http://directory-service:8080",
                "PATCHWORK_SCHEDULE_URL", "http://schedule-service:8080",
                "PATCHWORK_NOTIFICATION_URL", "http://notification-service:8080"));
        GenericContainer<?> notification = service("notification-service", "notification", Map.of(
                "PATCHWORK_DIRECTORY_URL", "http://directory-service:8080",
                "PATCHWORK_BASE_URL", gatewayUrl(),
                // No alert is asked of the mail relay in these journeys; none is configured.
                "PATCHWORK_SMTP_HOST", "smtp.invalid",
                "PATCHWORK_SMS_PROVIDER", "none"));
        startAll(keycloak, directory, schedule, clientNetwork, notification);

        Map<String, String> routes = Map.of(
                "PATCHWORK_DIRECTORY_URL", "http://directory-service:8080",
                "PATCHWORK_CLIENT_NETWORK_URL", "http://client-network-service:8080",
                "PATCHWORK_SCHEDULE_URL", "http://schedule-service:8080",
                "PATCHWORK_NOTIFICATION_URL", "http://notification-service:8080");
        Map<String, String> webAppEnvironment = new HashMap<>(routes);
        webAppEnvironment.putAll(Map.of("PATCHWORK_ISSUER", issuer(), "SPRING_PROFILES_ACTIVE", "local-demo"));
        GenericContainer<?> webApp = springPart(ShippedImages.image("web-app:" + version))
                .withNetworkAliases("web-app").withEnv(webAppEnvironment);
        startAll(webApp);

        Map<String, String> gatewayEnvironment = new HashMap<>(routes);
        gatewayEnvironment.putAll(Map.of(
                "PATCHWORK_ISSUER", issuer(),
                "PATCHWORK_KEYCLOAK_BACKCHANNEL_URL", "http://keycloak:" + keycloakPort + "/realms/patchwork",
                "PATCHWORK_GATEWAY_CLIENT_SECRET", gatewayClientSecret(),
                "PATCHWORK_WEB_APP_URL", "http://web-app:8080",
                // Its web sessions, shared by every gateway instance.
                "PATCHWORK_DB_URL", "jdbc:postgresql://postgres:5432/patchwork_gateway",
                "PATCHWORK_DB_USER", "patchwork_gateway",
                "PATCHWORK_DB_PASSWORD", databasePasswords.get("gateway"),
                // Plain http on 127.0.0.1, as compose.demo.yaml runs it: no Secure cookies, no HSTS.
                "SPRING_PROFILES_ACTIVE", "local-demo"));
        GenericContainer<?> gateway = springPart(ShippedImages.image("gateway:" + version))
                .withNetworkAliases("gateway").withEnv(gatewayEnvironment)
                .withCreateContainerCmdModifier(command -> publish(command, gatewayPort, 8080));
        startAll(gateway);
        springParts.put("gateway", gateway);
        springParts.put("web-app", webApp);
        springParts.put("notification-service", notification);
        springParts.put("client-network-service", clientNetwork);
        springParts.put("schedule-service", schedule);
        springParts.put("directory-service", directory);
    }

    /** The Spring Boot parts' containers by name (gateway, web-app, the four services), public-facing first. */
    Map<String, GenericContainer<?>> springParts() {
        return Map.copyOf(springParts);
    }

    /** The same, in the order a host stops them. */
    List<String> springPartsInStopOrder() {
        return List.copyOf(springParts.keySet());
    }

    /** A schedule-service container from {@code image}, as the layout runs it; started by the caller. */
    GenericContainer<?> scheduleService(DockerImageName image) {
        return service("schedule-service", image, "schedule", Map.of("PATCHWORK_PUBLIC_URL", gatewayUrl()));
    }

    /**
     * Restarts Keycloak's container as the host's engine does after a reboot (SIGTERM, up to 30 s, then the same
     * container again, on the same volumes and database) and waits until the realm answers again.
     */
    void restartKeycloak() {
        keycloak.getDockerClient().restartContainerCmd(keycloak.getContainerId()).withTimeout(30).exec();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(
                keycloakUrl() + "/realms/patchwork/.well-known/openid-configuration")).build();
        await().atMost(SERVICE_START).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    /** What Keycloak's container has logged since it was first started, its restarts included. */
    String keycloakLogs() {
        return keycloak.getLogs();
    }

    /** The running schedule-service, replaced by {@code replacement} (already started) in what this platform stops. */
    void replacedSchedule(GenericContainer<?> replacement) {
        started.remove(schedule);
        schedule = replacement;
        started.add(replacement);
        springParts.replace("schedule-service", replacement);
    }

    private GenericContainer<?> keycloak() {
        // The realm's placeholders: the demo agencies as './patchwork test' exports them (demo.env), here on this
        // Keycloak's own address.
        Map<String, String> environment = new HashMap<>();
        String testKeycloak = required("KEYCLOAK_URL");
        String testGateway = required("PATCHWORK_GATEWAY_URL");
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("AGENCY_")) {
                environment.put(name, value.replace(testKeycloak, keycloakBrowserUrl()).replace(testGateway, gatewayUrl()));
            }
        });
        environment.putAll(Map.of(
                "KC_DB_URL", "jdbc:postgresql://postgres:5432/patchwork_keycloak",
                "KC_DB_USERNAME", "patchwork_keycloak",
                "KC_DB_PASSWORD", databasePasswords.get("keycloak"),
                "KC_HOSTNAME", keycloakBrowserUrl(),
                "KC_HTTP_PORT", String.valueOf(keycloakPort),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "break-glass",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", keycloakAdminPassword,
                "PATCHWORK_GATEWAY_URL", gatewayUrl(),
                "PATCHWORK_GATEWAY_CLIENT_SECRET", gatewayClientSecret(),
                "PATCHWORK_KAFKA_BOOTSTRAP", "kafka:9092"));
        // The demo agencies' realms, whose addresses start with this Keycloak's own (compose.demo.yaml).
        environment.put("PATCHWORK_DEMO_REALMS", "true");
        environment.put("PATCHWORK_DIRECTORY_CLIENT_SECRET", directoryClientSecret);
        environment.put("KEYCLOAK_URL", keycloakBrowserUrl());
        return shipped(ShippedImages.image("keycloak:26.7.3"), 1024)
                .withNetworkAliases(KEYCLOAK_HOST, "keycloak")
                .withEnv(environment)
                .withExposedPorts(9000)
                .withCreateContainerCmdModifier(command -> publish(command, keycloakPort, keycloakPort))
                .waitingFor(Wait.forHttp("/health/ready").forPort(9000).withStartupTimeout(SERVICE_START));
    }

    private String keycloakBrowserUrl() {
        return "http://" + KEYCLOAK_HOST + ":" + keycloakPort;
    }

    private static String gatewayClientSecret() {
        return required("PATCHWORK_GATEWAY_CLIENT_SECRET");
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run the tests with ./patchwork test");
        }
        return value;
    }

    private GenericContainer<?> service(String part, String database, Map<String, String> extra) {
        return service(part, ShippedImages.image(part + ":" + version), database, extra);
    }

    private GenericContainer<?> service(String part, DockerImageName image, String database, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "PATCHWORK_DB_URL", "jdbc:postgresql://postgres:5432/patchwork_" + database,
                "PATCHWORK_DB_USER", "patchwork_" + database,
                "PATCHWORK_DB_PASSWORD", databasePasswords.get(database),
                "PATCHWORK_KAFKA_BOOTSTRAP", "kafka:9092",
                "PATCHWORK_ISSUER", issuer(),
                "PATCHWORK_DEMO_DATA", "true"));
        environment.putAll(extra);
        return springPart(image).withNetworkAliases(part).withEnv(environment);
    }

    private GenericContainer<?> springPart(DockerImageName image) {
        return shipped(image, SERVICE_MEMORY / (1024 * 1024))
                .withExposedPorts(9000)
                .waitingFor(Wait.forHttp("/actuator/health/readiness").forPort(9000)
                        .withStartupTimeout(SERVICE_START));
    }

    private GenericContainer<?> shipped(DockerImageName image, long memoryMegabytes) {
        return new GenericContainer<>(image)
                .withNetwork(network)
                .withTmpFs(Map.of("/tmp", "rw"))
                .withCreateContainerCmdModifier(command -> command.getHostConfig()
                        .withReadonlyRootfs(true).withMemory(memoryMegabytes * 1024 * 1024));
    }

    /** Publishes the container's {@code containerPort} on 127.0.0.1:{@code hostPort}, beside Testcontainers' own. */
    private static void publish(CreateContainerCmd command, int hostPort, int containerPort) {
        ExposedPort exposed = ExposedPort.tcp(containerPort);
        List<ExposedPort> exposedPorts = new ArrayList<>(List.of(command.getExposedPorts()));
        if (!exposedPorts.contains(exposed)) {
            exposedPorts.add(exposed);
        }
        command.withExposedPorts(exposedPorts);
        Ports bindings = command.getHostConfig().getPortBindings();
        if (bindings == null) {
            bindings = new Ports();
        }
        bindings.bind(exposed, Ports.Binding.bindIpAndPort("127.0.0.1", hostPort));
        command.getHostConfig().withPortBindings(bindings);
    }

    private void startAll(GenericContainer<?>... containers) {
        started.addAll(List.of(containers));
        Startables.deepStart(containers).join();
    }

    /** Stops every container gracefully (SIGTERM, up to 30 s, as compose does), the services before what they use. */
    @Override
    public void close() {
        for (GenericContainer<?> container : started.reversed()) {
            try {
                if (container.isRunning()) {
                    container.getDockerClient().stopContainerCmd(container.getContainerId()).withTimeout(30).exec();
                }
            } catch (RuntimeException alreadyGone) {
                // stopped or removed already: removing it below is all that is left
            }
            container.stop();
        }
        network.close();
    }

    /**
     * A free port below the kernel's ephemeral range, so that no outgoing connection takes it before the container
     * binds it.
     */
    private static int freePort() throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 21_000 + random.nextInt(11_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // in use: another one
            }
        }
        throw new IOException("No free port between 21000 and 32000");
    }
}
