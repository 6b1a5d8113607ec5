CREATE TABLE professional
(
    id                UUID PRIMARY KEY,
    keycloak_subject  TEXT UNIQUE,
    agency_code       TEXT                     NOT NULL,
    name              TEXT                     NOT NULL CHECK (length(name) <= 120),
    job_title         TEXT CHECK (length(job_title) <= 120),
    team              TEXT CHECK (length(team) <= 120),
    work_phone        TEXT CHECK (length(work_phone) <= 20),
    mobile            TEXT CHECK (length(mobile) <= 20),
    email             TEXT                     NOT NULL CHECK (length(email) <= 254),
    preferred_contact TEXT                     NOT NULL,
    status            TEXT                     NOT NULL,
    last_active_at    TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX professional_agency_idx ON professional (agency_code);
