-- Sensitive roles (refuge staff, covert roles): a professional whose own numbers and email must not be shared is
-- reached through their agency's duty contact instead, everywhere other professionals see them.
ALTER TABLE agency
    ADD COLUMN duty_phone TEXT CHECK (length(duty_phone) <= 20),
    ADD COLUMN duty_email TEXT CHECK (length(duty_email) <= 254);

ALTER TABLE professional
    ADD COLUMN contact_through_duty BOOLEAN NOT NULL DEFAULT FALSE;

-- Who flagged or unflagged a professional's role as sensitive, when and why. Append-only.
CREATE TABLE sensitive_role_change
(
    id              BIGSERIAL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    professional_id UUID                     NOT NULL REFERENCES professional (id),
    agency_code     TEXT                     NOT NULL,
    sensitive       BOOLEAN                  NOT NULL,
    actor_subject   TEXT                     NOT NULL,
    actor_agency    TEXT,
    reason          TEXT                     NOT NULL CHECK (length(reason) BETWEEN 1 AND 500)
);
CREATE INDEX sensitive_role_change_professional_idx ON sensitive_role_change (professional_id, occurred_at);

CREATE FUNCTION sensitive_role_change_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'the record of sensitive role changes is append-only';
END
$$;
CREATE TRIGGER sensitive_role_change_append_only
    BEFORE UPDATE OR DELETE ON sensitive_role_change
    FOR EACH STATEMENT EXECUTE FUNCTION sensitive_role_change_is_append_only();
