-- Which agency each professional works for and whether they are one of its information governance officers, as
-- the directory last said: IG alerts (e.g. unusual client look-up volume) go to an agency's IG officers.
ALTER TABLE professional ADD COLUMN IF NOT EXISTS agency TEXT;
ALTER TABLE professional ADD COLUMN ig_officer BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX professional_ig_officer_idx ON professional (agency) WHERE ig_officer;
