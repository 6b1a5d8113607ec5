-- Clients hold only what identifies the right person: no case notes, no free-text records, no attachments.
CREATE TABLE household
(
    id         UUID PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

CREATE TABLE client
(
    id              UUID PRIMARY KEY,
    given_name      TEXT                     NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    family_name     TEXT                     NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    -- the family name as look-ups compare it: lower case, no accents, spaces, hyphens or apostrophes
    family_name_key TEXT                     NOT NULL CHECK (length(family_name_key) BETWEEN 1 AND 100),
    known_as        TEXT CHECK (length(known_as) <= 100),
    date_of_birth   DATE                     NOT NULL,
    address         TEXT CHECK (length(address) <= 300),
    postcode        TEXT CHECK (length(postcode) <= 8),
    local_reference TEXT CHECK (length(local_reference) <= 40),
    household_id    UUID REFERENCES household (id),
    status          TEXT                     NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX client_lookup_idx ON client (family_name_key, date_of_birth);
CREATE INDEX client_household_idx ON client (household_id);

CREATE TABLE membership
(
    id                     UUID PRIMARY KEY,
    client_id              UUID                     NOT NULL REFERENCES client (id),
    professional_id        UUID                     NOT NULL,
    agency                 TEXT                     NOT NULL,
    role                   TEXT                     NOT NULL CHECK (role IN ('LEAD', 'MEMBER')),
    legal_basis            TEXT                     NOT NULL
        CHECK (legal_basis IN ('CONSENT', 'SAFEGUARDING_DUTY', 'OTHER_STATUTORY_DUTY')),
    reason                 TEXT                     NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    review_date            DATE,
    joined_via             TEXT                     NOT NULL CHECK (joined_via IN ('REGISTRATION', 'SELF', 'INVITATION')),
    flagged_for_ig_review  BOOLEAN                  NOT NULL,
    joined_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at               TIMESTAMP WITH TIME ZONE,
    end_reason             TEXT CHECK (end_reason IN ('LEFT_NETWORK', 'REMOVED', 'LEFT_AGENCY'))
);
-- one current membership per professional and client, and at most one current lead per client
CREATE UNIQUE INDEX membership_current_idx ON membership (client_id, professional_id) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX membership_current_lead_idx ON membership (client_id) WHERE ended_at IS NULL AND role = 'LEAD';
CREATE INDEX membership_professional_idx ON membership (professional_id) WHERE ended_at IS NULL;
CREATE INDEX membership_agency_idx ON membership (agency, client_id);

CREATE TABLE invitation
(
    id                         UUID PRIMARY KEY,
    client_id                  UUID                     NOT NULL REFERENCES client (id),
    invitee_professional_id    UUID                     NOT NULL,
    invited_by_professional_id UUID                     NOT NULL,
    reason                     TEXT                     NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    status                     TEXT                     NOT NULL
        CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    responded_at               TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX invitation_pending_idx ON invitation (client_id, invitee_professional_id) WHERE status = 'PENDING';
CREATE INDEX invitation_invitee_idx ON invitation (invitee_professional_id, status);
CREATE INDEX invitation_expiry_idx ON invitation (expires_at) WHERE status = 'PENDING';

CREATE TABLE attention
(
    id                       UUID PRIMARY KEY,
    client_id                UUID                     NOT NULL REFERENCES client (id),
    raised_by_professional_id UUID                    NOT NULL,
    priority                 TEXT                     NOT NULL CHECK (priority IN ('NORMAL', 'URGENT')),
    message                  TEXT                     NOT NULL CHECK (length(message) BETWEEN 1 AND 500),
    raised_at                TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX attention_client_idx ON attention (client_id, raised_at DESC);

-- Every read, look-up and change of client data. Append-only: the trigger below refuses UPDATE, DELETE and
-- TRUNCATE for every role, including the service's own, so not even a bug in this service can rewrite history.
CREATE TABLE audit_record
(
    id                    BIGSERIAL PRIMARY KEY,
    occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_subject         TEXT                     NOT NULL,
    actor_professional_id UUID,
    actor_agency          TEXT                     NOT NULL,
    action                TEXT                     NOT NULL,
    client_id             UUID,
    professional_id       UUID,
    basis                 TEXT,
    detail                TEXT CHECK (length(detail) <= 500)
);
CREATE INDEX audit_record_client_idx ON audit_record (client_id, occurred_at);
CREATE INDEX audit_record_actor_idx ON audit_record (actor_professional_id, occurred_at);
CREATE INDEX audit_record_agency_idx ON audit_record (actor_agency, occurred_at);

CREATE FUNCTION audit_record_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_record_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
CREATE TRIGGER audit_record_no_truncate
    BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only();
