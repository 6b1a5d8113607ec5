package org.patchwork.network;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.Release;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The API description says which release of the service answers. */
class ApiDescriptionTest extends NetworkIntegrationTest {

    @Test
    void theApiDescriptionCarriesThisServicesRelease() {
        ResponseEntity<Map<String, Object>> description = get("/v3/api-docs",
                professional("lichfield-dc", "Sample", "Api Reader", "practitioner"));

        assertThat(description.getStatusCode().value()).isEqualTo(200);
        assertThat(((Map<?, ?>) description.getBody().get("info")).get("version")).isEqualTo(Release.ofThisPart());
    }
}
