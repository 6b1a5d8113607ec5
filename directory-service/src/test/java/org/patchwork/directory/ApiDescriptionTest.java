package org.patchwork.directory;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patchwork.platform.test.PatchworkServiceTest;
import org.patchwork.platform.test.Release;
import org.patchwork.platform.test.TestKeycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The API description says which release of the service answers. */
@PatchworkServiceTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApiDescriptionCarriesThisServicesRelease() {
        TestAgencies.ensure(jdbc, "lichfield-dc", "Lichfield District Council", "DISTRICT_COUNCIL", "Lichfield");
        String bearer = TestKeycloak.get().createUser("lichfield-dc", "Sample", "Api Reader", "practitioner").bearer();

        Map<?, ?> description = TestApi.at(port).get().uri("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, bearer)
                .retrieve().body(Map.class);

        assertThat(((Map<?, ?>) description.get("info")).get("version")).isEqualTo(Release.ofThisPart());
    }
}
