-- Involvement is kept fresh. Every membership is re-confirmed by its member periodically: confirmed_at is the last
-- confirmation (null: none since joining, so joined_at counts), confirmation_requested_at when the member was asked
-- and has not answered yet (the membership lapses a grace period later). review_reminded_for is the legal-basis
-- review date the member was last reminded of, so a renewed date is reminded again.
ALTER TABLE membership
    ADD COLUMN confirmed_at                   TIMESTAMP WITH TIME ZONE,
    ADD COLUMN confirmation_requested_at      TIMESTAMP WITH TIME ZONE,
    ADD COLUMN review_reminded_for            DATE,
    -- the client withdrew their consent and this membership, on a statutory basis, continues: for IG review, whose
    -- conclusion (by an IG officer of the member's agency) is recorded once
    ADD COLUMN continues_without_consent_since TIMESTAMP WITH TIME ZONE,
    ADD COLUMN consent_reviewed_at             TIMESTAMP WITH TIME ZONE,
    ADD COLUMN consent_reviewed_by             TEXT,
    ADD COLUMN consent_review_outcome          TEXT CHECK (consent_review_outcome IN ('BASIS_HOLDS', 'CONCERN')),
    ADD COLUMN consent_review_note             TEXT CHECK (length(consent_review_note) <= 500);

ALTER TABLE membership DROP CONSTRAINT membership_end_reason_check;
ALTER TABLE membership ADD CONSTRAINT membership_end_reason_check
    CHECK (end_reason IN ('LEFT_NETWORK', 'REMOVED', 'LEFT_AGENCY', 'NOT_CONFIRMED', 'REVIEW_DATE_PASSED',
                          'CONSENT_WITHDRAWN'));

CREATE INDEX membership_confirmation_idx ON membership (COALESCE(confirmed_at, joined_at))
    WHERE ended_at IS NULL AND confirmation_requested_at IS NULL;
CREATE INDEX membership_confirmation_requested_idx ON membership (confirmation_requested_at)
    WHERE ended_at IS NULL AND confirmation_requested_at IS NOT NULL;
CREATE INDEX membership_review_idx ON membership (review_date) WHERE ended_at IS NULL AND review_date IS NOT NULL;
CREATE INDEX membership_without_consent_idx ON membership (agency, continues_without_consent_since DESC)
    WHERE continues_without_consent_since IS NOT NULL;

-- Each recording of a client's withdrawal of consent: who recorded it (the lead, or an IG officer of an involved
-- agency), when, and the reason they gave (short, no case notes).
CREATE TABLE consent_withdrawal
(
    id                          UUID PRIMARY KEY,
    client_id                   UUID                     NOT NULL REFERENCES client (id),
    recorded_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by_subject         TEXT                     NOT NULL,
    recorded_by_professional_id UUID,
    recorded_by_agency          TEXT                     NOT NULL,
    reason                      TEXT                     NOT NULL CHECK (length(reason) BETWEEN 1 AND 500)
);
CREATE INDEX consent_withdrawal_client_idx ON consent_withdrawal (client_id, recorded_at DESC);
