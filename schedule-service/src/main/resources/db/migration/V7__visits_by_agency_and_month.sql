-- An agency's report counts its staff's visits that took place or found no one in, month by month.
CREATE INDEX visit_agency_outcome_idx ON visit (visitor_agency, starts_at) WHERE status IN ('COMPLETED', 'NO_ACCESS');
