-- Onboarding an agency in one sitting: the email domains its staff sign in with (the gateway routes a typed work
-- email to the agency's identity provider by them), the settings of that identity provider as a platform
-- administrator gave them (never its client secret, which only Keycloak keeps), and the test sign-in through it that
-- must succeed before the agency goes live. An agency being onboarded has status ONBOARDING.
CREATE TABLE agency_email_domain
(
    domain      TEXT PRIMARY KEY CHECK (domain ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$'
        AND length(domain) <= 253),
    agency_code TEXT NOT NULL REFERENCES agency (code)
);
CREATE INDEX agency_email_domain_agency_idx ON agency_email_domain (agency_code);

CREATE TABLE agency_identity_provider
(
    agency_code   TEXT PRIMARY KEY REFERENCES agency (code),
    protocol      TEXT                     NOT NULL CHECK (protocol IN ('OIDC', 'SAML')),
    discovery_url TEXT CHECK (length(discovery_url) <= 2000),
    client_id     TEXT CHECK (length(client_id) <= 255),
    metadata_url  TEXT CHECK (length(metadata_url) <= 2000),
    groups_claim  TEXT                     NOT NULL CHECK (length(groups_claim) <= 255),
    admin_group   TEXT                     NOT NULL CHECK (length(admin_group) <= 255),
    ig_group      TEXT                     NOT NULL CHECK (length(ig_group) <= 255),
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by    TEXT                     NOT NULL,
    CHECK (protocol = 'SAML' OR (discovery_url IS NOT NULL AND client_id IS NOT NULL))
);

ALTER TABLE agency
    ADD COLUMN test_sign_in_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN test_sign_in_by TEXT CHECK (length(test_sign_in_by) <= 200);
