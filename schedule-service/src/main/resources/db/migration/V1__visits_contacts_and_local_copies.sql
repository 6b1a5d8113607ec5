-- The local copies this service keeps from other services' events, so that it answers "who may see this
-- client" and "who is this caller" without calling them.

-- From directory.professionals.
CREATE TABLE professional
(
    id               UUID PRIMARY KEY,
    keycloak_subject TEXT,
    agency           TEXT                     NOT NULL,
    name             TEXT                     NOT NULL,
    job_title        TEXT,
    status           TEXT                     NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX professional_subject_idx ON professional (keycloak_subject);

-- From network.clients and network.memberships: each event carries the whole current network, so the copy is
-- replaced by the newest event's view (membership_as_of orders events across the two topics).
CREATE TABLE network_client
(
    id                      UUID PRIMARY KEY,
    initials                TEXT                     NOT NULL,
    status                  TEXT                     NOT NULL,
    lead_professional_id    UUID,
    known_since             TIMESTAMP WITH TIME ZONE NOT NULL,
    membership_as_of        TIMESTAMP WITH TIME ZONE NOT NULL,
    not_seen_threshold_days INT CHECK (not_seen_threshold_days BETWEEN 1 AND 365)
);

CREATE TABLE network_member
(
    client_id       UUID NOT NULL REFERENCES network_client (id),
    professional_id UUID NOT NULL,
    PRIMARY KEY (client_id, professional_id)
);
CREATE INDEX network_member_professional_idx ON network_member (professional_id);

-- What this service owns.
CREATE TABLE visit
(
    id                      UUID PRIMARY KEY,
    client_id               UUID                     NOT NULL REFERENCES network_client (id),
    visitor_professional_id UUID                     NOT NULL,
    visitor_agency          TEXT                     NOT NULL,
    kind                    TEXT                     NOT NULL,
    starts_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes        INT                      NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
    purpose                 VARCHAR(140)             NOT NULL,
    status                  TEXT                     NOT NULL,
    cancel_reason           VARCHAR(140),
    scheduled_by            UUID                     NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX visit_client_starts_idx ON visit (client_id, starts_at);
CREATE INDEX visit_visitor_starts_idx ON visit (visitor_professional_id, starts_at);

CREATE TABLE contact
(
    id              UUID PRIMARY KEY,
    client_id       UUID                     NOT NULL REFERENCES network_client (id),
    professional_id UUID                     NOT NULL,
    agency          TEXT                     NOT NULL,
    contacted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    channel         TEXT                     NOT NULL,
    outcome         TEXT                     NOT NULL,
    visit_id        UUID UNIQUE REFERENCES visit (id),
    recorded_by     UUID                     NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_client_contacted_idx ON contact (client_id, contacted_at DESC);

-- One secret feed URL per professional; only a hash of the token is kept.
CREATE TABLE calendar_feed
(
    professional_id UUID PRIMARY KEY,
    token_hash      TEXT                     NOT NULL UNIQUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Early warnings already raised: a row per open not-seen episode (removed when someone sees the client) and
-- per pair of clashing visits, so each is published once.
CREATE TABLE not_seen_episode
(
    client_id UUID PRIMARY KEY REFERENCES network_client (id),
    raised_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE visit_clash
(
    first_visit_id  UUID                     NOT NULL REFERENCES visit (id),
    second_visit_id UUID                     NOT NULL REFERENCES visit (id),
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (first_visit_id, second_visit_id),
    CHECK (first_visit_id < second_visit_id)
);

-- Who read or changed which client's schedule, and when.
CREATE TABLE access_record
(
    id              BIGSERIAL PRIMARY KEY,
    keycloak_subject TEXT                    NOT NULL,
    professional_id UUID                     NOT NULL,
    agency          TEXT                     NOT NULL,
    action          TEXT                     NOT NULL,
    client_id       UUID,
    at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX access_record_client_idx ON access_record (client_id, at);
