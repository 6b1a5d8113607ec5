package org.patchwork.platform.web.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the settings every part that answers HTTP shares — the four services, the web app and the gateway: graceful
 * shutdown, the management side (its address, endpoints, probes), metrics, tracing and structured logs — with the
 * lowest precedence, so that a part's own {@code application.yml}, the environment and the command line still
 * override each one. The services' own shared settings (database, Kafka, outbox) come on top of these from
 * platform-service.
 */
public class WebDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "patchwork-web-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("patchwork-web-defaults", new ClassPathResource(RESOURCE))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
