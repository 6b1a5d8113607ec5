-- A self-join (break-glass) is reviewed by an information governance officer of the joining professional's
-- agency: when, by whom, whether it was appropriate, and a short note.
ALTER TABLE membership
    ADD COLUMN ig_reviewed_at    TIMESTAMP WITH TIME ZONE,
    ADD COLUMN ig_reviewed_by    TEXT,
    ADD COLUMN ig_review_outcome TEXT CHECK (ig_review_outcome IN ('APPROPRIATE', 'CONCERN')),
    ADD COLUMN ig_review_note    TEXT CHECK (length(ig_review_note) <= 500);
CREATE INDEX membership_self_join_review_idx ON membership (agency, joined_at DESC) WHERE flagged_for_ig_review;
