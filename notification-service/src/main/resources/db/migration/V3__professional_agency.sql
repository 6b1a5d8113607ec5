-- The agency each professional works for, from the directory's events: no alert goes to the staff of a suspended
-- agency. Unknown (NULL) until the next event about the professional.
ALTER TABLE professional ADD COLUMN agency TEXT;
