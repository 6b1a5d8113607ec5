package org.patchwork.platform.test;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service under test at the real infrastructure: its own fresh PostgreSQL database, the JVM's Kafka
 * broker and the test run's Keycloak. Use through {@link PatchworkServiceTest}.
 */
public class PatchworkTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String service = context.getEnvironment().getProperty("spring.application.name", "service");
        TestDatabase database = TestDatabase.get(service);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("patchwork-test-infrastructure",
                Map.of("spring.datasource.url", database.jdbcUrl(),
                        "spring.datasource.username", database.user(),
                        "spring.datasource.password", database.password(),
                        "spring.kafka.bootstrap-servers", TestKafka.bootstrapServers(),
                        "patchwork.security.issuer", TestKeycloak.get().issuer(),
                        "patchwork.security.clock-skew", "0s",
                        "patchwork.events.resubmit-older-than", "5s",
                        "patchwork.events.resubmit-every", "2s",
                        // More than the test broker gives a topic it creates by itself, so a declared topic shows.
                        "patchwork.kafka.topics.partitions", "6")));
    }
}
