package org.patchwork.deploy.kubernetes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks can fail: each deliberately broken values override makes exactly the policy it breaks report it, and a
 * misspelt field fails the schemas.
 */
class BrokenLayoutTest {

    private static final Path OVERRIDES = Path.of("src", "test", "resources", "kubernetes");

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource({
            "no-readiness-probe, PROBES, has no readinessProbe",
            "no-resource-limits, RESOURCES, has no resources limits.memory",
            "no-network-policies, NETWORK_POLICIES, no NetworkPolicy denies ingress",
            "inline-secret-env, INLINE_SECRETS, sets PATCHWORK_NOTIFY_API_KEY inline",
            "inline-secret-value, INLINE_SECRETS, sets PATCHWORK_DB_OPTIONS to a value that looks like a secret",
            "secret-manifest, INLINE_SECRETS, Secret patchwork-db-directory writes a secret into the chart",
            "no-security-context, SECURITY_CONTEXT, has a writable root file system"
    })
    void aBrokenRenderingFailsExactlyThePolicyItBreaks(String override, LayoutPolicies policy, String violation) {
        List<ObjectNode> broken = HelmChart.render(OVERRIDES.resolve("broken").resolve(override + ".yaml"));

        Map<LayoutPolicies, List<String>> violations = LayoutPolicies.violations(broken);

        assertThat(violations).containsOnlyKeys(policy);
        assertThat(violations.get(policy)).anySatisfy(found -> assertThat(found).contains(violation));
    }

    @Test
    void aClientSecretWrittenIntoTheRealmFailsTheSecretsPolicy() {
        List<ObjectNode> rendered = HelmChart.render();
        JsonNode clients = KubernetesLayoutTest.named(rendered, "KeycloakRealmImport", "patchwork-keycloak-realm-patchwork")
                .at("/spec/realm/clients");
        ObjectNode gatewayClient = (ObjectNode) clients.valueStream()
                .filter(client -> client.path("clientId").asString().equals("patchwork-gateway")).findFirst().orElseThrow();
        gatewayClient.put("secret", "gateway-client-secret-committed-by-mistake");

        Map<LayoutPolicies, List<String>> violations = LayoutPolicies.violations(rendered);

        assertThat(violations).containsOnlyKeys(LayoutPolicies.INLINE_SECRETS);
        assertThat(violations.get(LayoutPolicies.INLINE_SECRETS))
                .anySatisfy(found -> assertThat(found).contains("realm/clients/").contains("/secret is written inline"));
    }

    @Test
    void aMisspeltOrWronglyTypedFieldFailsTheSchemas() {
        List<ObjectNode> rendered = HelmChart.render(OVERRIDES.resolve("misspelt-field.yaml"));
        KubernetesSchemas schemas = new KubernetesSchemas();

        assertThat(schemas.problems(KubernetesLayoutTest.named(rendered, "KafkaTopic", "network.extra")))
                .anySatisfy(problem -> assertThat(problem).contains("'partition'"))
                .anySatisfy(problem -> assertThat(problem).contains("/spec/replicas"));
        assertThat(schemas.problems(KubernetesLayoutTest.named(rendered, "ConfigMap", "extra-settings")))
                .anySatisfy(problem -> assertThat(problem).contains("'datas'"));
    }
}
