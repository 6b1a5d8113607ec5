package org.patchwork.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas kept in {@code deploy/kubernetes/schemas} (SOURCES.md says where each came from): the Kubernetes API's
 * definitions of the kinds the chart renders, and the operators' CRD schemas. Validation is strict, as
 * {@code kubeconform -strict} is: a field a schema does not declare is an error, unless the schema says unknown
 * fields are kept ({@code x-kubernetes-preserve-unknown-fields}), so a misspelt or misplaced field cannot pass.
 */
final class KubernetesSchemas {

    private static final Path SCHEMAS = HelmChart.KUBERNETES.resolve("schemas");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Schema> byApiVersionAndKind = new HashMap<>();

    KubernetesSchemas() {
        // The Kubernetes API's definitions are OpenAPI 2 (JSON Schema draft 4); CRD schemas are OpenAPI 3.0's.
        loadKubernetesApi(SchemaRegistry.withDefaultDialect(Dialects.getDraft4()));
        loadCustomResources(SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30()));
    }

    /** What is wrong with one rendered document; empty when it is a known kind and matches its schema. */
    List<String> problems(JsonNode document) {
        String key = document.path("apiVersion").asString() + "/" + document.path("kind").asString();
        Schema schema = byApiVersionAndKind.get(key);
        if (schema == null) {
            return List.of(HelmChart.describe(document) + ": no schema kept for " + key);
        }
        List<Error> errors = schema.validate(document);
        return errors.stream().map(error -> HelmChart.describe(document) + ": " + error).toList();
    }

    private void loadKubernetesApi(SchemaRegistry registry) {
        ObjectNode definitions = (ObjectNode) read(SCHEMAS.resolve("kubernetes-1.36.json")).path("definitions");
        definitions.properties().forEach(definition -> strict(definition.getValue()));
        // Kubernetes reads these as a number or a string (port: 8080 or port: http; cpu: 1 or cpu: 500m).
        definitions.set("io.k8s.apimachinery.pkg.util.intstr.IntOrString", anyOf("string", "integer"));
        definitions.set("io.k8s.apimachinery.pkg.api.resource.Quantity", anyOf("string", "number"));
        definitions.properties().forEach(definition -> {
            for (JsonNode gvk : definition.getValue().path("x-kubernetes-group-version-kind")) {
                String group = gvk.path("group").asString();
                String apiVersion = group.isEmpty() ? gvk.path("version").asString()
                        : group + "/" + gvk.path("version").asString();
                ObjectNode root = NODES.objectNode();
                root.set("definitions", definitions);
                root.set("allOf", NODES.arrayNode().add(NODES.objectNode().put("$ref", "#/definitions/" + definition.getKey())));
                byApiVersionAndKind.put(apiVersion + "/" + gvk.path("kind").asString(), registry.getSchema(root));
            }
        });
    }

    /** {@code <group>/<Kind>-<version>.json}: the openAPIV3Schema of that version of the CRD. */
    private void loadCustomResources(SchemaRegistry registry) {
        try (Stream<Path> groups = Files.list(SCHEMAS)) {
            for (Path group : groups.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(group)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                        ObjectNode schema = (ObjectNode) read(file);
                        // Every object has these at its root, which the API server checks itself; not every CRD
                        // lists them (the Keycloak operator's do not).
                        ObjectNode properties = (ObjectNode) schema.path("properties");
                        properties.putIfAbsent("apiVersion", NODES.objectNode().put("type", "string"));
                        properties.putIfAbsent("kind", NODES.objectNode().put("type", "string"));
                        properties.putIfAbsent("metadata", NODES.objectNode().put("type", "object"));
                        strict(schema);
                        String name = file.getFileName().toString().replace(".json", "");
                        String kind = name.substring(0, name.lastIndexOf('-'));
                        String version = name.substring(name.lastIndexOf('-') + 1);
                        byApiVersionAndKind.put(group.getFileName() + "/" + version + "/" + kind, registry.getSchema(schema));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes every object schema that lists its properties and says nothing of others, at any depth. */
    private static JsonNode strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return schema;
        }
        if (object.has("properties") && !object.has("additionalProperties")
                && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            object.put("additionalProperties", false);
        }
        for (String map : List.of("properties", "definitions", "patternProperties")) {
            object.path(map).forEach(KubernetesSchemas::strict);
        }
        for (String single : List.of("items", "additionalProperties", "not")) {
            JsonNode child = object.path(single);
            if (child.isArray()) {
                child.forEach(KubernetesSchemas::strict);
            } else {
                strict(child);
            }
        }
        for (String list : List.of("allOf", "anyOf", "oneOf")) {
            object.path(list).forEach(KubernetesSchemas::strict);
        }
        return schema;
    }

    private static ObjectNode anyOf(String... types) {
        ArrayNode alternatives = NODES.arrayNode();
        for (String type : types) {
            alternatives.add(NODES.objectNode().put("type", type));
        }
        return NODES.objectNode().set("anyOf", alternatives);
    }

    private static JsonNode read(Path file) {
        return JSON.readTree(file.toFile());
    }
}
