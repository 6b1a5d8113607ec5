package org.patchwork.gateway.session;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The gateway's web sessions in PostgreSQL, for WebFlux: Spring Session's JDBC repository (which is blocking) called on
 * Reactor's bounded-elastic scheduler, never on the event loop. A session is written only when it changed
 * ({@link SharedSession}): most requests of a signed-in browser read their session and write nothing.
 */
final class JdbcReactiveSessionRepository implements ReactiveSessionRepository<SharedSession> {

    private static final Logger log = LoggerFactory.getLogger(JdbcReactiveSessionRepository.class);

    private final JdbcIndexedSessionRepository jdbc;
    private final SessionRepository<Session> sessions;
    private final Duration lastAccessResolution;
    private final Scheduler blocking = Schedulers.boundedElastic();

    @SuppressWarnings("unchecked")
    JdbcReactiveSessionRepository(JdbcIndexedSessionRepository jdbc, Duration lastAccessResolution) {
        this.jdbc = jdbc;
        // Spring Session's JDBC session type is not public; every session saved here is one this repository made.
        this.sessions = (SessionRepository<Session>) (SessionRepository<? extends Session>) jdbc;
        this.lastAccessResolution = lastAccessResolution;
    }

    @Override
    public Mono<SharedSession> createSession() {
        return Mono.fromSupplier(() -> new SharedSession(sessions.createSession(), lastAccessResolution, true));
    }

    @Override
    public Mono<Void> save(SharedSession session) {
        if (!session.changed()) {
            return Mono.empty();
        }
        return Mono.fromRunnable(() -> {
            sessions.save(session.stored());
            session.saved();
        }).subscribeOn(blocking).then();
    }

    @Override
    public Mono<SharedSession> findById(String id) {
        return Mono.fromCallable(() -> readable(sessions.findById(id))).subscribeOn(blocking)
                .map(stored -> new SharedSession(stored, lastAccessResolution, false));
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return Mono.fromRunnable(() -> jdbc.deleteById(id)).subscribeOn(blocking).then();
    }

    /**
     * The session with its attributes read, or none when they cannot be: a session written by a gateway version whose
     * classes no longer match is ended (its user signs in again) rather than failing every request that carries it.
     */
    private Session readable(Session session) {
        if (session == null) {
            return null;
        }
        try {
            session.getAttributeNames().forEach(session::getAttribute);
            return session;
        } catch (RuntimeException unreadable) {
            log.warn("Ending a web session whose attributes cannot be read: {}", unreadable.toString());
            jdbc.deleteById(session.getId());
            return null;
        }
    }
}
