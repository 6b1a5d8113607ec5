-- The gateway's web sessions, shared by every gateway instance: Spring Session's JDBC tables (its PostgreSQL schema,
-- as shipped in spring-session-jdbc).
CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Which gateway session belongs to which Keycloak session: a back-channel logout token names the Keycloak session
-- (sid) or the user (sub), and any instance finds here the gateway sessions to end. A row is written when the
-- session is linked at sign-in, before the session itself is first saved, so there is no foreign key; rows whose
-- session has ended are removed with the expired sessions.
CREATE TABLE oidc_session (
    session_id          VARCHAR(64) PRIMARY KEY,
    issuer              TEXT NOT NULL,
    subject             TEXT NOT NULL,
    provider_session_id TEXT,
    audience            TEXT[] NOT NULL,
    id_token            TEXT NOT NULL,
    issued_at           TIMESTAMPTZ,
    expires_at          TIMESTAMPTZ,
    authorities         JSONB NOT NULL,
    linked_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX oidc_session_by_provider_session ON oidc_session (issuer, provider_session_id);
CREATE INDEX oidc_session_by_subject ON oidc_session (issuer, subject);
