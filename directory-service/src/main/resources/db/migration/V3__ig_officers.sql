-- Whether each professional is an information governance officer of their agency, as their last sign-in said:
-- other services address IG alerts (e.g. unusual client look-up volume) by it.
ALTER TABLE professional ADD COLUMN ig_officer BOOLEAN NOT NULL DEFAULT FALSE;
