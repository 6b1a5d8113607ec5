package org.patchwork.gateway.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway keeps its sessions in PostgreSQL.
 *
 * @param lastAccessResolution how stale the stored last-access time may be: a session's requests within this time of
 *                             the stored one write nothing (the idle timeout is therefore kept to within this much)
 * @param cleanupEvery         how often each instance removes expired sessions and the Keycloak links of ended ones
 */
@ConfigurationProperties("patchwork.sessions")
record SessionStoreProperties(@DefaultValue("1m") Duration lastAccessResolution,
                              @DefaultValue("5m") Duration cleanupEvery) {
}
