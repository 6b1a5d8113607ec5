-- An information governance officer never reviews their own self-join. Another officer of their agency may, and so
-- may the platform's IG officers (ig-officer without an agency), who see exactly the self-joins made by officers.
-- Self-joins made before this column existed stay with their agency's officers.
ALTER TABLE membership ADD COLUMN joined_by_ig_officer BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX membership_officers_self_join_idx ON membership (joined_at DESC)
    WHERE flagged_for_ig_review AND joined_by_ig_officer;
