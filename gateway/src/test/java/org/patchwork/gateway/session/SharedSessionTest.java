package org.patchwork.gateway.session;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes a stored gateway session worth writing back, and what does not. */
class SharedSessionTest {

    private static final Duration RESOLUTION = Duration.ofMinutes(1);
    private static final Instant READ_AT = Instant.parse("2026-12-07T10:00:00Z");

    private static SharedSession readSession() {
        MapSession stored = new MapSession("session-id");
        stored.setLastAccessedTime(READ_AT);
        stored.setAttribute("present", "value");
        return new SharedSession(stored, RESOLUTION, false);
    }

    @Test
    void aNewSessionIsWrittenAndASavedOneIsNotWrittenAgain() {
        SharedSession created = new SharedSession(new MapSession(), RESOLUTION, true);
        assertThat(created.changed()).isTrue();

        created.saved();
        assertThat(created.changed()).isFalse();
    }

    @Test
    void anAccessWithinTheResolutionOfTheStoredOneChangesNothing() {
        SharedSession session = readSession();

        session.setLastAccessedTime(READ_AT.plusSeconds(59));

        assertThat(session.changed()).isFalse();
        assertThat(session.getLastAccessedTime()).isEqualTo(READ_AT);
    }

    @Test
    void anAccessAResolutionAfterTheStoredOneIsWritten() {
        SharedSession session = readSession();

        session.setLastAccessedTime(READ_AT.plus(RESOLUTION));

        assertThat(session.changed()).isTrue();
        assertThat(session.getLastAccessedTime()).isEqualTo(READ_AT.plus(RESOLUTION));
    }

    @Test
    void removingAnAttributeTheSessionDoesNotHaveChangesNothing() {
        SharedSession session = readSession();

        session.removeAttribute("absent");
        session.setAttribute("absent", null);

        assertThat(session.changed()).isFalse();
    }

    @Test
    void settingOrRemovingAnAttributeIsWritten() {
        SharedSession set = readSession();
        set.setAttribute("new", "value");
        SharedSession removed = readSession();
        removed.removeAttribute("present");

        assertThat(set.changed()).isTrue();
        assertThat(removed.changed()).isTrue();
        assertThat(removed.<String>getAttribute("present")).isNull();
    }

    @Test
    void theSameIdleTimeoutChangesNothingAndAnotherIsWritten() {
        SharedSession session = readSession();
        session.setMaxInactiveInterval(session.getMaxInactiveInterval());
        assertThat(session.changed()).isFalse();

        session.setMaxInactiveInterval(Duration.ofMinutes(5));
        assertThat(session.changed()).isTrue();
    }

    @Test
    void aNewIdIsWritten() {
        SharedSession session = readSession();

        session.changeSessionId();

        assertThat(session.changed()).isTrue();
    }
}
