-- Sensitive roles: a professional whose own numbers and email must not be shared is held here with their agency's
-- duty contact in their place (the directory's events never carry their numbers), and flagged so that pages can say
-- to contact them through it.
ALTER TABLE professional_contact ADD COLUMN contact_through_duty BOOLEAN NOT NULL DEFAULT FALSE;
