package org.patchwork.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stubs a producer generated from its API contracts (its {@code stubs} jar on the test classpath, built earlier
 * in the same build), served by a WireMock server a test already runs: what Stub Runner serves, on a server the
 * test can also stop (the producer down) or put back to its default answers.
 */
public final class ProducerStubs {

    private ProducerStubs() {
    }

    /** Adds every stub of {@code producer} (e.g. {@code schedule-service}) to the server's mappings. */
    public static void serve(WireMockServer server, String producer) {
        try {
            Resource[] mappings = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/org.patchwork/" + producer + "/*/mappings/**/*.json");
            assertThat(mappings).as("the stubs of %s on the test classpath", producer).isNotEmpty();
            for (Resource mapping : mappings) {
                server.addStubMapping(StubMapping.buildFrom(mapping.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
