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
 * {@code KC_SPI_EVENTS_LISTENER__PATCHWORK_KAFKA__BOOTSTRAP_SERVERS} / {@code ..._TOPIC}; for a cluster with TLS and
 * a login, {@code ...--security-protocol}, {@code --sasl-mechanism}, {@code --sasl-username},
 * {@code --sasl-password}, {@code --ssl-truststore-type} and {@code --ssl-truststore-certificates} (or
 * {@code --ssl-truststore-location} and {@code --ssl-truststore-password}), as {@link KafkaSettings} reads them.
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
        settings = KafkaSettings.from(config::get);
        log.infof("Account events of realm %s go to Kafka topic %s at %s (%s)", AccountEventListener.REALM,
                settings.topic(), settings.bootstrapServers(), settings.describe());
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
                .property().name("securityProtocol").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("PLAINTEXT (default), SSL, SASL_PLAINTEXT or SASL_SSL").add()
                .property().name("saslMechanism").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("SCRAM-SHA-512, SCRAM-SHA-256 or PLAIN, with saslUsername and saslPassword").add()
                .property().name("saslUsername").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("The Kafka user account events are published as").add()
                .property().name("saslPassword").type(ProviderConfigProperty.PASSWORD)
                .helpText("That user's password (from a secret)").add()
                .property().name("sslTruststoreType").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("PEM, PKCS12 or JKS").add()
                .property().name("sslTruststoreCertificates").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("The brokers' CA certificates as PEM (with sslTruststoreType PEM)").add()
                .property().name("sslTruststoreLocation").type(ProviderConfigProperty.STRING_TYPE)
                .helpText("A trust store file holding the brokers' CA").add()
                .property().name("sslTruststorePassword").type(ProviderConfigProperty.PASSWORD)
                .helpText("The trust store file's password").add()
                .build();
    }
}
