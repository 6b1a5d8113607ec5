-- Counters of the directory's rate limits (searches per professional), shared by every instance and kept across
-- restarts (platform RateLimits). Windows that ended are pruned.
CREATE TABLE rate_limit_window
(
    limit_key    TEXT                     NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end   TIMESTAMP WITH TIME ZONE NOT NULL,
    used         INT                      NOT NULL,
    PRIMARY KEY (limit_key, window_start)
);
CREATE INDEX rate_limit_window_end_idx ON rate_limit_window (window_end);

-- Who read the directory in bulk (each search of professionals or agencies), with what and how much came back.
-- Append-only.
CREATE TABLE read_audit
(
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_subject TEXT                     NOT NULL,
    actor_agency  TEXT                     NOT NULL,
    action        TEXT                     NOT NULL,
    criteria      TEXT                     NOT NULL,
    results       INT                      NOT NULL
);
CREATE INDEX read_audit_actor_idx ON read_audit (actor_subject, occurred_at);

CREATE FUNCTION read_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the read audit is append-only';
END
$$;
CREATE TRIGGER read_audit_append_only
    BEFORE UPDATE OR DELETE ON read_audit
    FOR EACH STATEMENT EXECUTE FUNCTION read_audit_is_append_only();
