package org.patchwork.deploy.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single-host layout (deploy/compose/) as Docker Compose reads it: each file, its variables interpolated from
 * patchwork.env.example as the Compose specification says, must be valid against the specification's own schema
 * (deploy/compose/schema/compose-spec.json, the one Docker Compose validates with), and the production settings
 * must be what compose.yaml gives when nothing else is asked for.
 */
class ComposeLayoutTest {

    private static final Path COMPOSE = Path.of("compose").toAbsolutePath();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"compose.yaml", "compose.demo.yaml"})
    void theFileIsValidAgainstTheComposeSpecification(String file) throws IOException {
        ObjectNode specification = (ObjectNode) JSON.readTree(COMPOSE.resolve("schema/compose-spec.json").toFile());
        // Its "$id" is a bare file name, which this validator refuses as an identifier; nothing refers to it.
        specification.remove("$id");
        Schema schema = SchemaRegistry.withDefaultDialect(Dialects.getDraft7()).getSchema(specification);

        JsonNode layout = JSON.valueToTree(interpolated(file, exampleSettings()));

        assertThat(schema.validate(layout)).as("%s against the Compose specification", file).isEmpty();
    }

    @Test
    void everyVariableTheLayoutRequiresIsInTheExampleSettings() throws IOException {
        Set<String> required = new TreeSet<>();
        Matcher variables = VARIABLE.matcher(Files.readString(COMPOSE.resolve("compose.yaml")));
        while (variables.find()) {
            if (variables.group(2) == null || variables.group(2).contains("?")) {
                required.add(variables.group(1));
            }
        }

        assertThat(exampleSettings().keySet()).containsAll(required);
    }

    @Test
    void productionSettingsAreTheDefault() throws IOException {
        Map<String, Object> services = map(interpolated("compose.yaml", exampleSettings()).get("services"));

        assertThat(services).containsOnlyKeys("postgres", "kafka", "keycloak", "directory-service",
                "client-network-service", "schedule-service", "notification-service", "web-app", "gateway");
        services.forEach((name, definition) -> {
            Map<String, Object> service = map(definition);
            Map<String, Object> environment = service.containsKey("environment") ? map(service.get("environment"))
                    : Map.of();
            assertThat(service).as(name).containsEntry("read_only", true).containsEntry("restart", "unless-stopped")
                    .containsKeys("healthcheck", "mem_limit");
            assertThat(environment).as(name).doesNotContainKey("SPRING_PROFILES_ACTIVE");
            if (environment.containsKey("PATCHWORK_DEMO_DATA")) {
                assertThat(environment.get("PATCHWORK_DEMO_DATA")).as(name + " demo data").isEqualTo("false");
            }
            if (service.containsKey("depends_on")) {
                map(service.get("depends_on")).forEach((dependency, condition) -> assertThat(map(condition))
                        .as(name + " waits for " + dependency).containsEntry("condition", "service_healthy"));
            }
            if (!name.equals("gateway") && !name.equals("keycloak")) {
                assertThat(service).as(name + " is published").doesNotContainKey("ports");
            }
        });
        Map<String, Object> keycloak = map(map(services.get("keycloak")).get("environment"));
        Map<String, Object> gateway = map(map(services.get("gateway")).get("environment"));
        assertThat(keycloak).containsEntry("PATCHWORK_DEMO_REALMS", "false").containsEntry("KC_PROXY_HEADERS", "xforwarded");
        assertThat(gateway).containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "framework");
        assertThat(map(services.get("gateway")).get("ports")).isEqualTo(List.of("127.0.0.1:8080:8080"));
        assertThat(map(services.get("keycloak")).get("ports")).isEqualTo(List.of("127.0.0.1:8180:8180"));
        assertThat(map(services.get("postgres")).get("volumes"))
                .isEqualTo(List.of("postgres-data:/var/lib/postgresql/data"));
        assertThat(map(services.get("kafka")).get("volumes")).isEqualTo(List.of("kafka-data:/var/lib/kafka"));
    }

    /**
     * The file as Compose sees it once the settings are substituted: the YAML is read first, then each string in it
     * interpolated (Compose specification, "Interpolation"), so a substituted "false" stays a string.
     */
    private static Map<String, Object> interpolated(String file, Map<String, String> settings) throws IOException {
        Object read = new Yaml().load(Files.readString(COMPOSE.resolve(file)));
        return map(interpolate(read, settings, file));
    }

    private static Object interpolate(Object value, Map<String, String> settings, String file) {
        return switch (value) {
            case Map<?, ?> mapping -> {
                Map<Object, Object> result = new LinkedHashMap<>();
                mapping.forEach((key, item) -> result.put(key, interpolate(item, settings, file)));
                yield result;
            }
            case List<?> list -> list.stream().map(item -> interpolate(item, settings, file)).toList();
            case String text -> substitute(text, settings, file);
            case null, default -> value;
        };
    }

    private static String substitute(String text, Map<String, String> settings, String file) {
        Matcher variables = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (variables.find()) {
            String value = settings.get(variables.group(1));
            String operator = variables.group(2);
            boolean unset = value == null || (operator != null && operator.startsWith(":") && value.isEmpty());
            if (unset && operator != null && operator.endsWith("?")) {
                throw new AssertionError(file + " needs " + variables.group(1) + ": " + variables.group(3));
            }
            String replacement = unset ? (operator != null && operator.endsWith("-") ? variables.group(3) : "") : value;
            variables.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        variables.appendTail(result);
        return result.toString();
    }

    /** patchwork.env.example with each empty value filled in, as the ops team fills it from the secret store. */
    private static Map<String, String> exampleSettings() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(COMPOSE.resolve("patchwork.env.example"))) {
            int equals = line.indexOf('=');
            if (line.isBlank() || line.startsWith("#") || equals < 0) {
                continue;
            }
            String value = line.substring(equals + 1).replaceAll("^\"(.*)\"$", "$1");
            settings.put(line.substring(0, equals), value.isEmpty() ? "filled-in-from-the-secret-store" : value);
        }
        return settings;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
