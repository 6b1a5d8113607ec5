package org.patchwork.deploy.kubernetes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Patchwork's Helm chart ({@code deploy/kubernetes/patchwork}), rendered as {@code helm template} does, by Helm's own
 * library (bundled natively by helm-java): no cluster, no network.
 */
final class HelmChart {

    static final Path KUBERNETES = Path.of("kubernetes").toAbsolutePath();
    static final Path CHART = KUBERNETES.resolve("patchwork");
    static final String RELEASE = "patchwork";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private HelmChart() {
    }

    /** The chart's documents with its default values, overridden by the given values files in order. */
    static List<ObjectNode> render(Path... valuesFiles) {
        TemplateCommand template = new Helm(CHART).template().withName(RELEASE).withNamespace("patchwork");
        for (Path values : valuesFiles) {
            template = template.withValuesFile(values);
        }
        return documents(template.call());
    }

    static List<ObjectNode> documents(String manifests) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> parsed = YAML.readerFor(JsonNode.class).readValues(manifests)) {
            while (parsed.hasNext()) {
                JsonNode document = parsed.next();
                if (document instanceof ObjectNode object && !object.isEmpty()) {
                    documents.add(object);
                }
            }
        }
        return documents;
    }

    static String describe(JsonNode document) {
        return document.path("kind").asString() + " " + document.path("metadata").path("name").asString();
    }
}
