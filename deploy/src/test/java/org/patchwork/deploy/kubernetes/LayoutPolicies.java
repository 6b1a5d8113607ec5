package org.patchwork.deploy.kubernetes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules every rendering of the chart must keep, beyond what the schemas check. Each finds its violations in a
 * list of rendered documents; the tests show each one failing on a deliberately broken rendering.
 */
enum LayoutPolicies {

    /** Every container of a part has startup, readiness and liveness probes on the management port's health groups. */
    PROBES {
        @Override
        void check(List<ObjectNode> documents, List<String> violations) {
            for (JsonNode deployment : ofKind(documents, "Deployment")) {
                for (JsonNode container : containers(deployment)) {
                    String where = HelmChart.describe(deployment) + " container " + container.path("name").asString();
                    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                        if (container.path(probe).isMissingNode()) {
                            violations.add(where + " has no " + probe);
                        }
                    }
                    expectHealthGroup(where, container.path("readinessProbe"), "readiness", violations);
                    expectHealthGroup(where, container.path("livenessProbe"), "liveness", violations);
                }
            }
        }

        private void expectHealthGroup(String where, JsonNode probe, String group, List<String> violations) {
            if (probe.isMissingNode()) {
                return;
            }
            JsonNode get = probe.path("httpGet");
            if (!get.path("path").asString().equals("/actuator/health/" + group)
                    || !get.path("port").asString().equals("management")) {
                violations.add(where + " " + group + " probe is not /actuator/health/" + group + " on the management port");
            }
        }
    },

    /**
     * Every container of a part has CPU and memory requests and limits, its memory request equal to its limit (the
     * JVM sizes its heap from the limit), and every operator-run workload declares its memory limit.
     */
    RESOURCES {
        @Override
        void check(List<ObjectNode> documents, List<String> violations) {
            for (JsonNode deployment : ofKind(documents, "Deployment")) {
                for (JsonNode container : containers(deployment)) {
                    String where = HelmChart.describe(deployment) + " container " + container.path("name").asString();
                    JsonNode resources = container.path("resources");
                    for (String field : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                        if (resources.at("/" + field).isMissingNode()) {
                            violations.add(where + " has no resources " + field.replace('/', '.'));
                        }
                    }
                    if (!resources.at("/limits/memory").isMissingNode()
                            && !resources.at("/limits/memory").equals(resources.at("/requests/memory"))) {
                        violations.add(where + " requests less memory than its limit");
                    }
                }
            }
            for (String kind : List.of("KafkaNodePool", "Cluster", "Keycloak")) {
                for (JsonNode workload : ofKind(documents, kind)) {
                    if (workload.at("/spec/resources/limits/memory").isMissingNode()) {
                        violations.add(HelmChart.describe(workload) + " has no memory limit");
                    }
                }
            }
        }
    },

    /**
     * Ingress to every pod is denied unless a policy allows it, and every part, the PostgreSQL cluster and Keycloak
     * have a policy of their own; a part's policy restricts its egress as well.
     */
    NETWORK_POLICIES {
        @Override
        void check(List<ObjectNode> documents, List<String> violations) {
            List<JsonNode> policies = ofKind(documents, "NetworkPolicy");
            boolean defaultDeny = policies.stream().anyMatch(policy -> policy.at("/spec/podSelector").isEmpty()
                    && policy.at("/spec/ingress").isMissingNode()
                    && contains(policy.at("/spec/policyTypes"), "Ingress"));
            if (!defaultDeny) {
                violations.add("no NetworkPolicy denies ingress to every pod by default");
            }
            for (JsonNode deployment : ofKind(documents, "Deployment")) {
                JsonNode labels = deployment.at("/spec/template/metadata/labels");
                boolean covered = policies.stream().anyMatch(policy -> !policy.at("/spec/podSelector").isEmpty()
                        && selects(policy.at("/spec/podSelector/matchLabels"), labels)
                        && contains(policy.at("/spec/policyTypes"), "Ingress")
                        && contains(policy.at("/spec/policyTypes"), "Egress"));
                if (!covered) {
                    violations.add(HelmChart.describe(deployment) + " has no NetworkPolicy of its own for ingress and egress");
                }
            }
            for (JsonNode cluster : ofKind(documents, "Cluster")) {
                String name = cluster.at("/metadata/name").asString();
                if (policies.stream().noneMatch(policy -> policy.at("/spec/podSelector/matchLabels/cnpg.io~1cluster")
                        .asString().equals(name))) {
                    violations.add(HelmChart.describe(cluster) + " has no NetworkPolicy of its own");
                }
            }
            for (JsonNode keycloak : ofKind(documents, "Keycloak")) {
                String name = keycloak.at("/metadata/name").asString();
                if (policies.stream().noneMatch(policy -> policy.at("/spec/podSelector/matchLabels/app.kubernetes.io~1instance")
                        .asString().equals(name))) {
                    violations.add(HelmChart.describe(keycloak) + " has no NetworkPolicy of its own");
                }
            }
        }

        private boolean selects(JsonNode matchLabels, JsonNode labels) {
            return !matchLabels.isEmpty() && matchLabels.properties().stream()
                    .allMatch(label -> labels.path(label.getKey()).equals(label.getValue()));
        }
    },

    /**
     * No secret is written into the chart's output: no Secret with data, no container variable or ConfigMap entry
     * with a secret's name or a secret-looking value, no Keycloak option carrying one, and in the imported realm every
     * secret or password a placeholder filled from a Secret. Secrets are referred to by name.
     */
    INLINE_SECRETS {
        private static final Pattern SECRET_NAME =
                Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|JAAS|CREDENTIAL|PRIVATE_?KEY).*");
        private static final List<Pattern> SECRET_VALUES = List.of(
                Pattern.compile("(?i).*password\\s*[=:].*"),
                Pattern.compile(".*-----BEGIN [A-Z ]*PRIVATE KEY-----.*", Pattern.DOTALL),
                Pattern.compile(".*LoginModule required.*"));
        // A long run of random-looking characters (mixed case and digits): a token, a key, a generated password.
        private static final Pattern RUN = Pattern.compile("[A-Za-z0-9+/=_-]{24,}");
        private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z0-9_]+:?}");
        private static final Set<String> REALM_SECRETS = Set.of("secret", "clientSecret", "password", "value");

        @Override
        void check(List<ObjectNode> documents, List<String> violations) {
            for (JsonNode secret : ofKind(documents, "Secret")) {
                if (!secret.path("data").isEmpty() || !secret.path("stringData").isEmpty()) {
                    violations.add(HelmChart.describe(secret) + " writes a secret into the chart");
                }
            }
            for (JsonNode configMap : ofKind(documents, "ConfigMap")) {
                configMap.path("data").properties().forEach(entry ->
                        inspect(HelmChart.describe(configMap), entry.getKey(), entry.getValue().asString(), violations));
            }
            for (JsonNode deployment : ofKind(documents, "Deployment")) {
                for (JsonNode container : containers(deployment)) {
                    for (JsonNode variable : container.path("env")) {
                        if (variable.has("value")) {
                            inspect(HelmChart.describe(deployment), variable.path("name").asString(),
                                    variable.path("value").asString(), violations);
                        }
                    }
                }
            }
            for (JsonNode keycloak : ofKind(documents, "Keycloak")) {
                for (JsonNode option : keycloak.at("/spec/additionalOptions")) {
                    if (option.has("value")) {
                        inspect(HelmChart.describe(keycloak), option.path("name").asString(),
                                option.path("value").asString(), violations);
                    }
                }
                for (JsonNode variable : keycloak.at("/spec/unsupported/podTemplate/spec/containers/0/env")) {
                    if (variable.has("value")) {
                        inspect(HelmChart.describe(keycloak), variable.path("name").asString(),
                                variable.path("value").asString(), violations);
                    }
                }
            }
            for (JsonNode realmImport : ofKind(documents, "KeycloakRealmImport")) {
                inspectRealm(HelmChart.describe(realmImport), "", realmImport.at("/spec/realm"), violations);
            }
        }

        /** A client's secret, a user's password or a credential's value in the realm must be a ${PLACEHOLDER}. */
        private void inspectRealm(String where, String path, JsonNode node, List<String> violations) {
            if (node.isObject()) {
                node.properties().forEach(field -> {
                    String fieldPath = path + "/" + field.getKey();
                    boolean secret = REALM_SECRETS.contains(field.getKey())
                            && (!field.getKey().equals("value") || path.contains("/credentials"));
                    if (secret && field.getValue().isString()
                            && !PLACEHOLDER.matcher(field.getValue().asString()).matches()) {
                        violations.add(where + " realm" + fieldPath + " is written inline instead of a placeholder");
                    }
                    inspectRealm(where, fieldPath, field.getValue(), violations);
                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    inspectRealm(where, path + "/" + i, node.get(i), violations);
                }
            }
        }

        private void inspect(String where, String name, String value, List<String> violations) {
            if (SECRET_NAME.matcher(name).matches() && !value.isEmpty()) {
                violations.add(where + " sets " + name + " inline instead of from a Secret");
            } else if (SECRET_VALUES.stream().anyMatch(pattern -> pattern.matcher(value).matches())
                    || RUN.matcher(value).results().map(MatchResult::group).anyMatch(run ->
                            run.chars().anyMatch(Character::isLowerCase) && run.chars().anyMatch(Character::isUpperCase)
                                    && run.chars().anyMatch(Character::isDigit))) {
                violations.add(where + " sets " + name + " to a value that looks like a secret");
            }
        }
    },

    /**
     * Every part's container, and Keycloak's, runs as uid 10001, non-root, with a read-only root file system, no
     * privilege escalation, no capabilities, the runtime's default seccomp profile and an emptyDir at /tmp.
     */
    SECURITY_CONTEXT {
        @Override
        void check(List<ObjectNode> documents, List<String> violations) {
            for (JsonNode deployment : ofKind(documents, "Deployment")) {
                JsonNode pod = deployment.at("/spec/template/spec");
                for (JsonNode container : containers(deployment)) {
                    inspect(HelmChart.describe(deployment) + " container " + container.path("name").asString(),
                            pod, container, violations);
                }
            }
            for (JsonNode keycloak : ofKind(documents, "Keycloak")) {
                JsonNode pod = keycloak.at("/spec/unsupported/podTemplate/spec");
                inspect(HelmChart.describe(keycloak), pod, pod.at("/containers/0"), violations);
            }
        }

        private void inspect(String where, JsonNode pod, JsonNode container, List<String> violations) {
            JsonNode own = container.path("securityContext");
            JsonNode inherited = pod.path("securityContext");
            Predicate<String> set = pointer -> !own.at(pointer).isMissingNode() || !inherited.at(pointer).isMissingNode();
            Function<String, JsonNode> value =
                    pointer -> own.at(pointer).isMissingNode() ? inherited.at(pointer) : own.at(pointer);
            if (!value.apply("/runAsNonRoot").asBoolean(false)) {
                violations.add(where + " may run as root");
            }
            if (!set.test("/runAsUser") || value.apply("/runAsUser").asInt() != 10001) {
                violations.add(where + " does not run as uid 10001");
            }
            if (!own.path("readOnlyRootFilesystem").asBoolean(false)) {
                violations.add(where + " has a writable root file system");
            }
            if (own.path("allowPrivilegeEscalation").asBoolean(true)) {
                violations.add(where + " allows privilege escalation");
            }
            if (!contains(own.at("/capabilities/drop"), "ALL")) {
                violations.add(where + " keeps Linux capabilities");
            }
            if (!value.apply("/seccompProfile/type").asString().equals("RuntimeDefault")) {
                violations.add(where + " has no RuntimeDefault seccomp profile");
            }
            String tmpVolume = StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                    .filter(mount -> mount.path("mountPath").asString().equals("/tmp"))
                    .map(mount -> mount.path("name").asString()).findFirst().orElse(null);
            boolean tmpIsEmptyDir = tmpVolume != null && StreamSupport.stream(pod.path("volumes").spliterator(), false)
                    .anyMatch(volume -> volume.path("name").asString().equals(tmpVolume) && volume.has("emptyDir"));
            if (!tmpIsEmptyDir) {
                violations.add(where + " has no emptyDir at /tmp");
            }
        }
    };

    abstract void check(List<ObjectNode> documents, List<String> violations);

    /** Each policy's violations in these documents (a policy with none is left out). */
    static Map<LayoutPolicies, List<String>> violations(List<ObjectNode> documents) {
        Map<LayoutPolicies, List<String>> found = new EnumMap<>(LayoutPolicies.class);
        for (LayoutPolicies policy : values()) {
            List<String> violations = new ArrayList<>();
            policy.check(documents, violations);
            if (!violations.isEmpty()) {
                found.put(policy, violations);
            }
        }
        return found;
    }

    static List<JsonNode> ofKind(List<ObjectNode> documents, String kind) {
        return documents.stream().filter(document -> document.path("kind").asString().equals(kind))
                .map(JsonNode.class::cast).toList();
    }

    private static List<JsonNode> containers(JsonNode deployment) {
        return StreamSupport.stream(deployment.at("/spec/template/spec/containers").spliterator(), false).toList();
    }

    private static boolean contains(JsonNode array, String value) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).anyMatch(value::equals);
    }
}
