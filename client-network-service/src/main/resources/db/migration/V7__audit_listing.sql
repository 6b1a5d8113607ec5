-- A listing of many clients (the caseload) is one audit record naming every client listed, in the order shown,
-- instead of one record per client: the same information at a fraction of the rows and index entries. A record
-- names its client either in client_id (one client) or in client_ids (a listing), never both.
ALTER TABLE audit_record ADD COLUMN client_ids UUID[];
ALTER TABLE audit_record ADD CONSTRAINT audit_record_one_client_or_a_listing
    CHECK (client_id IS NULL OR client_ids IS NULL);
-- "Who listed this client?": the audit search looks a client up inside listings through this index.
CREATE INDEX audit_record_client_ids_idx ON audit_record USING GIN (client_ids) WHERE client_ids IS NOT NULL;
