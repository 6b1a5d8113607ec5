package org.patchwork.directory.config;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DirectoryProperties.class)
class DemoDataConfiguration {

    static final String DEMO_LOCATION = "classpath:db/demo";

    @Bean
    FlywayConfigurationCustomizer demoDataMigrations(DirectoryProperties properties) {
        return configuration -> {
            if (properties.demoData()) {
                configuration.locations(Stream.concat(Arrays.stream(configuration.getLocations()),
                        Stream.of(new Location(DEMO_LOCATION))).toArray(Location[]::new));
            }
        };
    }
}
