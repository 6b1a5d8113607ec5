-- The agency's group whose members are managers (the manager role: the agency's reports), as the other roles.
ALTER TABLE agency_identity_provider
    ADD COLUMN manager_group TEXT NOT NULL DEFAULT 'patchwork-managers' CHECK (length(manager_group) <= 255);
