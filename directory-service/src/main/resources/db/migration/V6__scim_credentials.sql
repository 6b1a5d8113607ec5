-- The bearer credentials of agencies' provisioning clients (SCIM 2.0, e.g. Microsoft Entra ID or Okta). Each lets
-- one agency's identity provider create, update and deactivate that agency's professionals. The token itself is
-- shown once, when a platform administrator issues it; only its SHA-256 hash is kept. Rows are never deleted:
-- a revoked credential keeps who issued and who revoked it, and when.
CREATE TABLE scim_credential
(
    id            UUID PRIMARY KEY,
    agency_code   TEXT                     NOT NULL REFERENCES agency (code),
    token_hash    TEXT                     NOT NULL UNIQUE,
    email_domains TEXT[]                   NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by     TEXT                     NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    revoked_by    TEXT,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX scim_credential_agency_idx ON scim_credential (agency_code);

CREATE FUNCTION scim_credential_is_kept() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'SCIM credentials are revoked, never deleted';
END;
$$;
CREATE TRIGGER scim_credential_kept
    BEFORE DELETE ON scim_credential
    FOR EACH ROW EXECUTE FUNCTION scim_credential_is_kept();
