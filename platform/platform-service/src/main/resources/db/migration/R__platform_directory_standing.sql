-- Every service's copy of the directory's word on who may no longer use Patchwork: professionals who left their
-- agency (by Keycloak subject) and suspended agencies (by code), fed by the directory's events (platform standing).
-- Repeatable and idempotent, so that it joins a database whose own versioned migrations are already further on.
CREATE TABLE IF NOT EXISTS directory_standing
(
    kind   TEXT                     NOT NULL CHECK (kind IN ('PROFESSIONAL', 'AGENCY')),
    key    TEXT                     NOT NULL,
    barred BOOLEAN                  NOT NULL,
    as_of  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE INDEX IF NOT EXISTS directory_standing_barred_idx ON directory_standing (kind) WHERE barred;
