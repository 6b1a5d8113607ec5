package org.patchwork.deploy.kubernetes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes layout ({@code deploy/kubernetes}), rendered offline by Helm with its default values: every document
 * matches the Kubernetes API's or its operator's schema, every policy holds, and what it declares matches what the
 * services do.
 */
class KubernetesLayoutTest {

    private static final List<String> PARTS = List.of("gateway", "web-app", "directory-service",
            "client-network-service", "schedule-service", "notification-service");
    private static final Path TEST_VALUES = Path.of("src", "test", "resources", "kubernetes");

    static KubernetesSchemas schemas;
    private static List<ObjectNode> layout;

    @BeforeAll
    static void render() {
        schemas = new KubernetesSchemas();
        layout = HelmChart.render();
    }

    @Test
    void everyRenderedDocumentMatchesTheSchemaOfItsKind() {
        assertThat(layout).hasSizeGreaterThan(60);
        assertThat(layout.stream().flatMap(document -> schemas.problems(document).stream())).isEmpty();
    }

    @Test
    void theChartPassesHelmsStrictLint() {
        LintResult lint = new Helm(HelmChart.CHART).lint().strict().call();

        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
    }

    @Test
    void theLayoutKeepsEveryPolicy() {
        assertThat(LayoutPolicies.violations(layout)).isEmpty();
    }

    @Test
    void theRegionsValuesRenderAValidLayoutThatKeepsEveryPolicy() {
        List<ObjectNode> region = HelmChart.render(HelmChart.KUBERNETES.resolve("values-region.yaml"));

        assertThat(region.stream().flatMap(document -> schemas.problems(document).stream())).isEmpty();
        assertThat(LayoutPolicies.violations(region)).isEmpty();
        assertThat(named(region, "HorizontalPodAutoscaler", "gateway").at("/spec/minReplicas").asInt()).isEqualTo(3);
        assertThat(named(region, "KafkaTopic", "schedule.visits").at("/spec/partitions").asInt()).isEqualTo(12);
    }

    @Test
    void everyPartIsADeploymentWithAutoscalingADisruptionBudgetAndItsSettingsFromAConfigMap() {
        for (String part : PARTS) {
            assertThat(named(layout, "Deployment", part).at("/spec/template/spec/containers/0/envFrom/0/configMapRef/name")
                    .asString()).isEqualTo(part);
            assertThat(named(layout, "ConfigMap", part).at("/data/MANAGEMENT_ADDRESS").asString()).isEqualTo("0.0.0.0");
            assertThat(named(layout, "HorizontalPodAutoscaler", part).at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(named(layout, "PodDisruptionBudget", part).at("/spec/maxUnavailable").asInt()).isEqualTo(1);
        }
    }

    @Test
    void everyPartRunsItsImageFromTheCouncilsRegistryAndOnePartIsUpgradedAlone() {
        Map<String, String> before = images(layout);
        assertThat(before).containsEntry("gateway", "registry.example.gov.uk/patchwork/gateway:0.1.0-SNAPSHOT");
        assertThat(named(layout, "Keycloak", "patchwork-keycloak").at("/spec/image").asString())
                .isEqualTo("registry.example.gov.uk/patchwork/keycloak:26.7.3");

        Map<String, String> after = images(HelmChart.render(TEST_VALUES.resolve("upgrade-schedule-service.yaml")));

        assertThat(after).containsEntry("schedule-service", "registry.example.gov.uk/patchwork/schedule-service:0.1.1");
        after.remove("schedule-service");
        before.remove("schedule-service");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void keycloaksAdministratorAndDatabasePasswordComeFromSecrets() {
        JsonNode keycloak = named(layout, "Keycloak", "patchwork-keycloak").path("spec");
        assertThat(keycloak.at("/bootstrapAdmin/user/secret").asString()).isEqualTo("patchwork-keycloak-bootstrap-admin");
        assertThat(keycloak.at("/db/passwordSecret/name").asString()).isEqualTo("patchwork-db-keycloak");
        assertThat(keycloak.at("/db/database").asString()).isEqualTo("patchwork_keycloak");
        assertThat(LayoutPolicies.ofKind(layout, "Secret")).isEmpty();
    }

    @Test
    void theGatewayKeepsItsSessionsInADatabaseOfItsOwnWithItsRoleFromASecret() {
        assertThat(named(layout, "Database", "patchwork-postgres-gateway").at("/spec/owner").asString())
                .isEqualTo("patchwork_gateway");
        assertThat(named(layout, "ConfigMap", "gateway").at("/data/PATCHWORK_DB_URL").asString())
                .isEqualTo("jdbc:postgresql://patchwork-postgres-rw:5432/patchwork_gateway");
        JsonNode gateway = named(layout, "Deployment", "gateway").at("/spec/template/spec/containers/0");
        assertThat(gateway.path("env").valueStream()
                .filter(variable -> variable.path("name").asString().startsWith("PATCHWORK_DB_"))
                .map(variable -> variable.at("/valueFrom/secretKeyRef/name").asString()).toList())
                .containsExactly("patchwork-db-gateway", "patchwork-db-gateway");
    }

    @Test
    void theRealmImportIsIdentitysRealmWithEveryPlaceholderFilledFromASecret() throws IOException {
        String realmFile = Files.readString(Path.of("..", "identity", "src", "main", "keycloak", "realms", "patchwork-realm.json"));
        Set<String> placeholders = Pattern.compile("\\$\\{([A-Z0-9_]+):?}").matcher(realmFile).results()
                .map(match -> match.group(1)).filter(name -> !name.equals("PATCHWORK_GATEWAY_URL"))
                .collect(Collectors.toCollection(TreeSet::new));
        JsonNode realmImport = named(layout, "KeycloakRealmImport", "patchwork-keycloak-realm-patchwork").path("spec");

        assertThat(realmImport.at("/realm/realm").asString()).isEqualTo("patchwork");
        assertThat(realmImport.path("placeholders").propertyNames()).containsExactlyInAnyOrderElementsOf(placeholders);
        realmImport.path("placeholders").forEach(placeholder -> assertThat(placeholder.at("/secret/name").asString()).isNotEmpty());
        assertThat(realmImport.at("/placeholders/PATCHWORK_GATEWAY_CLIENT_SECRET/secret/name").asString())
                .isEqualTo("patchwork-gateway-client");
        assertThat(realmImport.path("realm").toString()).doesNotContain("${PATCHWORK_GATEWAY_URL}")
                .contains("https://patchwork.example.gov.uk");
    }

    /**
     * The topics and consumer groups declared for Kafka are those the services' code uses: each service may write
     * exactly the topics its events are externalized to and read at least those it listens to.
     */
    @Test
    void kafkaTopicsAndEachServicesAclsMatchWhatTheServicesPublishAndConsume() throws IOException {
        Set<String> declared = LayoutPolicies.ofKind(layout, "KafkaTopic").stream()
                .map(topic -> topic.at("/spec/topicName").asString()).filter(name -> !name.endsWith(".DLT"))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Set<String>> published = new TreeMap<>();
        Map<String, Set<String>> consumed = new TreeMap<>();
        for (String service : List.of("directory-service", "client-network-service", "schedule-service", "notification-service")) {
            String sources = sources(Path.of("..", service, "src", "main", "java"));
            published.put(service, matches(sources, "@Externalized\\(\"([a-z.]+)::"));
            consumed.put(service, matches(sources, "\"([a-z]+\\.[a-z]+)\""));
            consumed.get(service).retainAll(declared);
            consumed.get(service).removeAll(published.get(service));
        }
        published.put("keycloak", matches(sources(Path.of("..", "identity", "src", "main", "java")), "DEFAULT_TOPIC = \"([a-z.]+)\""));
        consumed.put("keycloak", Set.of());

        Set<String> used = new TreeSet<>();
        published.values().forEach(used::addAll);
        assertThat(declared).isEqualTo(used);
        for (Map.Entry<String, Set<String>> service : published.entrySet()) {
            JsonNode acls = named(layout, "KafkaUser", "patchwork-kafka-" + service.getKey()).at("/spec/authorization/acls");
            assertThat(topicsWith(acls, "Write")).as(service.getKey() + " writes")
                    .isEqualTo(service.getValue());
            assertThat(topicsWith(acls, "Read")).as(service.getKey() + " reads")
                    .containsAll(consumed.get(service.getKey()));
        }
    }

    private static Set<String> topicsWith(JsonNode acls, String operation) {
        Set<String> topics = new TreeSet<>();
        for (JsonNode acl : acls) {
            String name = acl.at("/resource/name").asString();
            boolean granted = acl.path("operations").valueStream().anyMatch(o -> o.asString().equals(operation));
            if (acl.at("/resource/type").asString().equals("topic") && granted && !name.endsWith(".DLT")) {
                topics.add(name);
            }
        }
        return topics;
    }

    private static Set<String> matches(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().map(match -> match.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                text.append(Files.readString(file)).append('\n');
            }
            return text.toString();
        }
    }

    private static Map<String, String> images(List<ObjectNode> documents) {
        return LayoutPolicies.ofKind(documents, "Deployment").stream().collect(Collectors.toMap(
                deployment -> deployment.at("/metadata/name").asString(),
                deployment -> deployment.at("/spec/template/spec/containers/0/image").asString(),
                (a, b) -> a, TreeMap::new));
    }

    static JsonNode named(List<ObjectNode> documents, String kind, String name) {
        return LayoutPolicies.ofKind(documents, kind).stream()
                .filter(document -> document.at("/metadata/name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
