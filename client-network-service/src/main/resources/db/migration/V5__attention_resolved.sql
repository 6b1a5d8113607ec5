-- An attention stays open until a member marks it as dealt with; resolved ones remain listed on the client.
ALTER TABLE attention
    ADD COLUMN resolved_at                TIMESTAMP WITH TIME ZONE,
    ADD COLUMN resolved_by_professional_id UUID;
CREATE INDEX attention_open_idx ON attention (client_id) WHERE resolved_at IS NULL;
