package org.patchwork.gateway.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;

/**
 * A gateway session as stored in PostgreSQL, which remembers whether anything worth writing back has changed since it
 * was read. The last-access time is moved only when it is at least {@code lastAccessResolution} newer than the stored
 * one, so a signed-in browser's requests within that time write nothing; attributes, the id and the idle timeout are
 * written when they are set.
 */
final class SharedSession implements Session {

    private final Session stored;
    private final Duration lastAccessResolution;
    private boolean changed;

    SharedSession(Session stored, Duration lastAccessResolution, boolean isNew) {
        this.stored = stored;
        this.lastAccessResolution = lastAccessResolution;
        this.changed = isNew;
    }

    Session stored() {
        return stored;
    }

    boolean changed() {
        return changed;
    }

    void saved() {
        changed = false;
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        changed = true;
        return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        if (attributeValue == null) {
            removeAttribute(attributeName);
            return;
        }
        stored.setAttribute(attributeName, attributeValue);
        changed = true;
    }

    @Override
    public void removeAttribute(String attributeName) {
        if (stored.getAttribute(attributeName) != null) {
            stored.removeAttribute(attributeName);
            changed = true;
        }
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(lastAccessResolution))) {
            stored.setLastAccessedTime(lastAccessedTime);
            changed = true;
        }
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        if (!interval.equals(stored.getMaxInactiveInterval())) {
            stored.setMaxInactiveInterval(interval);
            changed = true;
        }
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
