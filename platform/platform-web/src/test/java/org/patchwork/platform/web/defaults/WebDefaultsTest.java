package org.patchwork.platform.web.defaults;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class WebDefaultsTest {

    @Test
    void everyPartThatAnswersHttpGetsTheSharedSettings() {
        StandardEnvironment environment = new StandardEnvironment();

        new WebDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health,info,metrics,prometheus");
        assertThat(environment.getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        assertThat(environment.getProperty(
                "management.prometheus.metrics.export.properties[io.prometheus.exporter.exemplarsOnAllMetricTypes]"))
                .isEqualTo("false");
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void aPartsOwnSettingsAndTheEnvironmentOverrideThem() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application.yml",
                Map.of("management.tracing.sampling.probability", "0.25", "MANAGEMENT_ADDRESS", "0.0.0.0")));

        new WebDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.25");
        assertThat(environment.getProperty("management.server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void springBootAppliesThemToEveryApplicationWithPlatformWebOnItsClassPath() {
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE).run()) {
            assertThat(application.getEnvironment().getProperty("server.shutdown")).isEqualTo("graceful");
            assertThat(application.getEnvironment().getPropertySources().contains("patchwork-web-defaults")).isTrue();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
