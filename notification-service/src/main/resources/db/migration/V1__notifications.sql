-- This service's copy of how to reach each professional, fed by the directory's events.
CREATE TABLE professional
(
    id               UUID PRIMARY KEY,
    keycloak_subject TEXT,
    name             TEXT,
    email            TEXT,
    mobile           TEXT,
    status           TEXT                     NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX professional_subject_idx ON professional (keycloak_subject);

-- Who is in each client's network, as the latest network or schedule event said.
CREATE TABLE network
(
    client_id UUID PRIMARY KEY,
    lead_id   UUID,
    as_of     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE network_member
(
    client_id       UUID NOT NULL REFERENCES network (client_id) ON DELETE CASCADE,
    professional_id UUID NOT NULL,
    PRIMARY KEY (client_id, professional_id)
);

-- Invitations nobody has answered yet, so the invitee can be reminded before they expire.
CREATE TABLE open_invitation
(
    invitation_id   UUID PRIMARY KEY,
    client_id       UUID                     NOT NULL,
    client_initials TEXT,
    invitee_id      UUID                     NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded        BOOLEAN                  NOT NULL DEFAULT FALSE
);
CREATE INDEX open_invitation_due_idx ON open_invitation (expires_at) WHERE NOT reminded;

-- Each professional's choices; absent rows mean the defaults.
CREATE TABLE notification_setting
(
    professional_id UUID PRIMARY KEY,
    quiet_from      TIME                     NOT NULL,
    quiet_until     TIME                     NOT NULL,
    time_zone       TEXT                     NOT NULL,
    daily_digest    BOOLEAN                  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE TABLE notification_channel_choice
(
    professional_id UUID NOT NULL,
    alert_kind      TEXT NOT NULL,
    channel         TEXT NOT NULL,
    PRIMARY KEY (professional_id, alert_kind)
);

-- The outbox of alerts: one row per event, recipient and channel, written in the transaction that consumes the
-- event; the dispatcher moves it PENDING -> SENDING -> SENT, or FAILED (retrying) -> ... -> DEAD.
CREATE TABLE notification
(
    id                 UUID PRIMARY KEY,
    event_id           UUID                     NOT NULL,
    recipient_id       UUID                     NOT NULL,
    channel            TEXT                     NOT NULL,
    kind               TEXT                     NOT NULL,
    urgent             BOOLEAN                  NOT NULL,
    client_id          UUID,
    subject            TEXT                     NOT NULL,
    body               TEXT                     NOT NULL,
    link               TEXT                     NOT NULL,
    status             TEXT                     NOT NULL,
    attempts           INT                      NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    event_occurred_at  TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE,
    provider_reference TEXT,
    last_error         TEXT,
    digest_id          UUID,
    CONSTRAINT notification_once_per_event_recipient_channel UNIQUE (event_id, recipient_id, channel)
);
CREATE INDEX notification_due_idx ON notification (next_attempt_at) WHERE status IN ('PENDING', 'SENDING', 'FAILED');
CREATE INDEX notification_recipient_idx ON notification (recipient_id, created_at DESC);
CREATE INDEX notification_awaiting_digest_idx ON notification (recipient_id) WHERE status = 'AWAITING_DIGEST';
CREATE INDEX notification_dead_idx ON notification (created_at DESC) WHERE status = 'DEAD';
