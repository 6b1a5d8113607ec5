-- The audit trail also holds the schedule service's access log, copied from its ScheduleAccessed events, so that
-- one query answers "who looked at this client, and why" across services. service: the part of Patchwork that
-- recorded the access. Adding a column with a constant default rewrites no row (the append-only triggers stay).
ALTER TABLE audit_record ADD COLUMN service TEXT NOT NULL DEFAULT 'client-network'
    CHECK (service IN ('client-network', 'schedule'));
-- "What was done about this professional?" (removed, invited, their self-join reviewed): the subject filter.
CREATE INDEX audit_record_subject_idx ON audit_record (professional_id, occurred_at) WHERE professional_id IS NOT NULL;
