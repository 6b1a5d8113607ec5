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
 * Settings from a YAML file on the class path, added with the lowest precedence: a part's own
 * {@code application.yml}, the environment and the command line still override each one. The platform's defaults
 * (platform-web's for every part that answers HTTP, platform-service's for the services) are each one such file.
 */
public abstract class YamlDefaults implements EnvironmentPostProcessor {

    private final String name;
    private final String resource;

    protected YamlDefaults(String name, String resource) {
        this.name = name;
        this.resource = resource;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(name, new ClassPathResource(resource))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
