-- Agencies in the data sharing agreement, what professionals cover, and the indexes behind directory search.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Areas are compared without regard to case ("Lichfield" = "lichfield"), wherever they were typed.
CREATE FUNCTION lower_areas(areas TEXT[]) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ARRAY(SELECT lower(area) FROM unnest(areas) AS area);

CREATE TABLE agency
(
    code                    TEXT PRIMARY KEY CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,63}$'),
    name                    TEXT                     NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    kind                    TEXT                     NOT NULL,
    areas                   TEXT[]                   NOT NULL DEFAULT '{}' CHECK (cardinality(areas) <= 50),
    switchboard_phone       TEXT CHECK (length(switchboard_phone) <= 20),
    email                   TEXT CHECK (length(email) <= 254),
    identity_provider_alias TEXT                     NOT NULL UNIQUE CHECK (length(identity_provider_alias) <= 64),
    status                  TEXT                     NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX agency_name_trgm_idx ON agency USING gin (name gin_trgm_ops);

ALTER TABLE professional
    ADD COLUMN areas TEXT[] NOT NULL DEFAULT '{}' CHECK (cardinality(areas) <= 50),
    ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('simple', name || ' ' || coalesce(job_title, '') || ' ' || coalesce(team, ''))) STORED;

-- Profiles created before agencies were recorded are kept as they are; every new or moved one must name an
-- agency the directory knows.
ALTER TABLE professional
    ADD CONSTRAINT professional_agency_fk FOREIGN KEY (agency_code) REFERENCES agency (code) NOT VALID;

-- One directory entry per work email within an agency: what links a profile pre-created by the agency's
-- administrator to the professional's first sign-in, and what makes a staff import idempotent.
CREATE UNIQUE INDEX professional_agency_email_idx ON professional (agency_code, lower(email));
CREATE INDEX professional_search_vector_idx ON professional USING gin (search_vector);
CREATE INDEX professional_name_trgm_idx ON professional USING gin (name gin_trgm_ops);
CREATE INDEX professional_job_title_trgm_idx ON professional USING gin (job_title gin_trgm_ops);
