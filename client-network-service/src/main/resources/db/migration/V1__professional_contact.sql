-- A copy of each professional's contact summary, fed by the directory's events.
CREATE TABLE professional_contact
(
    id                UUID PRIMARY KEY,
    keycloak_subject  TEXT,
    agency            TEXT                     NOT NULL,
    name              TEXT                     NOT NULL,
    job_title         TEXT,
    work_phone        TEXT,
    mobile            TEXT,
    email             TEXT,
    preferred_contact TEXT,
    status            TEXT                     NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX professional_contact_subject_idx ON professional_contact (keycloak_subject);
