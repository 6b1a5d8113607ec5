package org.patchwork.gateway.session;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Web sessions and the OIDC session registry in the gateway's PostgreSQL database, so that every gateway instance
 * serves every signed-in browser, a restart signs nobody out, and Keycloak's back-channel logout ends a session
 * whichever instance it reaches. Spring Session's WebFlux support ({@link EnableSpringWebSession}) keeps the session
 * cookie as configured under {@code server.reactive.session.cookie}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
@EnableScheduling
class SessionStoreConfiguration {

    @Bean
    JdbcIndexedSessionRepository jdbcSessionRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                                       @Value("${server.reactive.session.timeout}") Duration timeout) {
        JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(jdbc,
                new TransactionTemplate(transactions));
        repository.setDefaultMaxInactiveInterval(timeout);
        return repository;
    }

    @Bean
    JdbcReactiveSessionRepository reactiveSessionRepository(JdbcIndexedSessionRepository jdbcSessionRepository,
                                                            SessionStoreProperties properties) {
        return new JdbcReactiveSessionRepository(jdbcSessionRepository, properties.lastAccessResolution());
    }

    /**
     * A signed-in user's tokens in their web session, and so in PostgreSQL with it. (Spring Boot's default keeps them
     * in memory, by user name: another instance, or the same one restarted, would have the session but no tokens.)
     * A refresh of the tokens is a change of the session, written once.
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    JdbcReactiveOidcSessionRegistry oidcSessionRegistry(JdbcClient jdbc, JsonMapper json) {
        return new JdbcReactiveOidcSessionRegistry(jdbc, json);
    }

    @Bean
    ExpiredSessionsCleanup expiredSessionsCleanup(JdbcIndexedSessionRepository sessions,
                                                  JdbcReactiveOidcSessionRegistry oidcSessions,
                                                  SessionStoreProperties properties) {
        return new ExpiredSessionsCleanup(sessions, oidcSessions, properties.cleanupEvery());
    }

    /**
     * Removes expired sessions and the Keycloak links of ended ones. Every instance runs it; the deletes are idempotent,
     * so two instances at once cost a little and break nothing.
     */
    static final class ExpiredSessionsCleanup {

        private final JdbcIndexedSessionRepository sessions;
        private final JdbcReactiveOidcSessionRegistry oidcSessions;
        private final Duration every;

        ExpiredSessionsCleanup(JdbcIndexedSessionRepository sessions, JdbcReactiveOidcSessionRegistry oidcSessions,
                               Duration every) {
            this.sessions = sessions;
            this.oidcSessions = oidcSessions;
            this.every = every;
        }

        @Scheduled(fixedDelayString = "${patchwork.sessions.cleanup-every:5m}",
                initialDelayString = "${patchwork.sessions.cleanup-every:5m}")
        void removeExpired() {
            sessions.cleanUpExpiredSessions();
            oidcSessions.removeLinksOfEndedSessions(every);
        }
    }
}
