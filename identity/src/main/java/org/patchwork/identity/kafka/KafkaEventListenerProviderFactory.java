package org.patchwork.identity.kafka;

import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Event listener {@code patchwork-kafka}: publishes account events of realm {@code patchwork} to Kafka. Options
 * (Keycloak 26): {@code --spi-events-listener--patchwork-kafka--bootstrap-servers} and {@code ...--topic}, or
 * {@code KC_SPI_EVENTS_LISTENER__PATCHWORK_KAFKA__BOOTSTRAP_SERVERS} / {@code ..._TOPIC}.
 */
public final class KafkaEventListenerProviderFactory implements EventListenerProviderFactory {

    public static final String ID = "patchwork-kafka";

    private static final Logger log = Logger.getLogger(KafkaEventListenerProviderFactory.class);

    private final RemovedUsers removedUsers = new RemovedUsers();
    private KafkaSettings settings;
    private KeycloakSessionFactory sessionFactory;
    private AccountEventPublisher publisher;

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public void init(Config.Scope config) {
        settings = new KafkaSettings(config.get("bootstrapServers", KafkaSettings.DEFAULT_BOOTSTRAP_SERVERS),
                config.get("topic", KafkaSettings.DEFAULT_TOPIC));
        log.infof("Account events of realm %s go to Kafka topic %s at %s", AccountEventListener.REALM,
                settings.topic(), settings.bootstrapServers());
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        sessionFactory = factory;
        factory.register(removedUsers);
    }

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new AccountEventListener(session, this::publisher);
    }

    private synchronized AccountEventPublisher publisher() {
        if (publisher == null) {
            publisher = new AccountEventPublisher(settings);
        }
        return publisher;
    }

    @Override
    public synchronized void close() {
        if (sessionFactory != null) {
            sessionFactory.unregister(removedUsers);
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("bootstrapServers").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Kafka brokers to publish account events to, host:port[,host:port...]")
                .defaultValue(KafkaSettings.DEFAULT_BOOTSTRAP_SERVERS).add()
                .property().name("topic").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("Kafka topic for account events")
                .defaultValue(KafkaSettings.DEFAULT_TOPIC).add()
                .build();
    }
}
