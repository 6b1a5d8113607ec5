package org.patchwork.gateway.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which gateway session belongs to which Keycloak session, in the gateway's database, so that a back-channel logout
 * token reaching any instance finds the gateway sessions to end, wherever they were signed in. Matched as Spring
 * Security's in-memory registry matches: same issuer, a shared audience, and the token's Keycloak session ({@code sid})
 * or, without one, its user ({@code sub}).
 */
final class JdbcReactiveOidcSessionRegistry implements ReactiveOidcSessionRegistry {

    private static final TypeReference<Map<String, String>> AUTHORITIES = new TypeReference<>() {
    };
    private static final String COLUMNS = "session_id, issuer, subject, provider_session_id, audience, id_token,"
            + " issued_at, expires_at, authorities";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Scheduler blocking = Schedulers.boundedElastic();

    JdbcReactiveOidcSessionRegistry(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Mono<Void> saveSessionInformation(OidcSessionInformation info) {
        OidcUser user = info.getPrincipal();
        OidcIdToken idToken = user.getIdToken();
        return Mono.fromRunnable(() -> jdbc.sql("""
                        INSERT INTO oidc_session (%s)
                        VALUES (:sessionId, :issuer, :subject, :providerSessionId, CAST(:audience AS text[]), :idToken,
                                :issuedAt, :expiresAt, CAST(:authorities AS jsonb))
                        ON CONFLICT (session_id) DO UPDATE SET issuer = excluded.issuer, subject = excluded.subject,
                            provider_session_id = excluded.provider_session_id, audience = excluded.audience,
                            id_token = excluded.id_token, issued_at = excluded.issued_at,
                            expires_at = excluded.expires_at, authorities = excluded.authorities, linked_at = now()
                        """.formatted(COLUMNS))
                .param("sessionId", info.getSessionId())
                .param("issuer", user.getIssuer().toString())
                .param("subject", user.getSubject())
                .param("providerSessionId", user.getClaimAsString("sid"))
                .param("audience", arrayLiteral(user.getAudience()))
                .param("idToken", idToken.getTokenValue())
                .param("issuedAt", timestamp(idToken.getIssuedAt()))
                .param("expiresAt", timestamp(idToken.getExpiresAt()))
                .param("authorities", json.writeValueAsString(info.getAuthorities()))
                .update()).subscribeOn(blocking).then();
    }

    @Override
    public Mono<OidcSessionInformation> removeSessionInformation(String clientSessionId) {
        return Mono.fromCallable(() -> jdbc.sql("DELETE FROM oidc_session WHERE session_id = :sessionId RETURNING "
                                + COLUMNS)
                        .param("sessionId", clientSessionId)
                        .query(this::information).optional().orElse(null))
                .subscribeOn(blocking);
    }

    @Override
    public Flux<OidcSessionInformation> removeSessionInformation(OidcLogoutToken token) {
        boolean bySession = token.getSessionId() != null;
        String matched = bySession ? "provider_session_id = :matched" : "subject = :matched";
        return Mono.fromCallable(() -> jdbc.sql("""
                        DELETE FROM oidc_session
                        WHERE issuer = :issuer AND %s AND audience && CAST(:audience AS text[])
                        RETURNING %s
                        """.formatted(matched, COLUMNS))
                        .param("issuer", token.getIssuer().toString())
                        .param("matched", bySession ? token.getSessionId() : token.getSubject())
                        .param("audience", arrayLiteral(token.getAudience()))
                        .query(this::information).list())
                .subscribeOn(blocking)
                .flatMapMany(Flux::fromIterable);
    }

    /** Removes the links of sessions that have ended (expired or deleted) at least {@code olderThan} ago. */
    int removeLinksOfEndedSessions(Duration olderThan) {
        return jdbc.sql("""
                        DELETE FROM oidc_session o
                        WHERE o.linked_at < now() - make_interval(secs => :seconds)
                          AND NOT EXISTS (SELECT 1 FROM spring_session s WHERE s.session_id = o.session_id)
                        """)
                .param("seconds", olderThan.toSeconds())
                .update();
    }

    private OidcSessionInformation information(ResultSet row, int rowNumber) throws SQLException {
        OidcIdToken.Builder idToken = OidcIdToken.withTokenValue(row.getString("id_token"))
                .issuer(row.getString("issuer"))
                .subject(row.getString("subject"))
                .audience(Arrays.asList((String[]) row.getArray("audience").getArray()))
                .issuedAt(instant(row.getObject("issued_at", OffsetDateTime.class)))
                .expiresAt(instant(row.getObject("expires_at", OffsetDateTime.class)));
        String providerSessionId = row.getString("provider_session_id");
        if (providerSessionId != null) {
            idToken.claim("sid", providerSessionId);
        }
        return new OidcSessionInformation(row.getString("session_id"),
                json.readValue(row.getString("authorities"), AUTHORITIES),
                new DefaultOidcUser(List.of(), idToken.build()));
    }

    /** A PostgreSQL array literal, each element quoted, so that no value can change its shape. */
    private static String arrayLiteral(List<String> values) {
        return (values == null ? List.<String>of() : values).stream()
                .map(value -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
