-- Counters of the service's rate limits (look-ups, attentions) per window, shared by every instance and kept
-- across restarts (platform RateLimits). Windows that ended are pruned.
CREATE TABLE rate_limit_window
(
    limit_key    TEXT                     NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end   TIMESTAMP WITH TIME ZONE NOT NULL,
    used         INT                      NOT NULL,
    PRIMARY KEY (limit_key, window_start)
);
CREATE INDEX rate_limit_window_end_idx ON rate_limit_window (window_end);
