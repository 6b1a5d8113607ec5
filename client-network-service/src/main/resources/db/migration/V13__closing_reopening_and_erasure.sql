-- Closing and reopening a client: when the client was last closed (the retention period runs from then), and each
-- change with its coded reason and an optional short note. The note is free text about the client, so it stays in
-- this table (never in an event) and is erased with the client.
ALTER TABLE client ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
-- Clients closed before closing was dated: their last change is the best date there is.
UPDATE client SET closed_at = updated_at WHERE status = 'CLOSED';
ALTER TABLE client ADD CONSTRAINT client_closed_at_check CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL));
CREATE INDEX client_closed_idx ON client (closed_at) WHERE status = 'CLOSED';

CREATE TABLE client_status_change
(
    id                         UUID PRIMARY KEY,
    client_id                  UUID                     NOT NULL REFERENCES client (id),
    status                     TEXT                     NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    reason                     TEXT                     NOT NULL CHECK (length(reason) BETWEEN 1 AND 40),
    note                       TEXT CHECK (length(note) <= 500),
    changed_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by_professional_id UUID                     NOT NULL
);
CREATE INDEX client_status_change_client_idx ON client_status_change (client_id, changed_at DESC);

-- The audit trail stays append-only with exactly one exception: when a closed client's records are erased at the end
-- of the retention period, the records naming that client are pseudonymised. An UPDATE is accepted only when it
-- changes nothing but client ids (client_id, or elements of client_ids), each from the id of a client that no longer
-- exists to a pseudonym whose erasure is itself in the trail (a CLIENT_RECORDS_ERASED record naming it). So no live
-- client's records can be rewritten, nothing else in a record can change, and DELETE and TRUNCATE stay refused.
CREATE FUNCTION audit_pseudonym_replaces(old_id UUID, new_id UUID) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS
$$
SELECT old_id IS NOT DISTINCT FROM new_id
    OR (old_id IS NOT NULL AND new_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM client WHERE id = old_id)
        AND EXISTS (SELECT 1 FROM audit_record WHERE client_id = new_id AND action = 'CLIENT_RECORDS_ERASED'));
$$;

CREATE FUNCTION audit_record_update_is_pseudonymisation() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF ROW (NEW.id, NEW.occurred_at, NEW.service, NEW.actor_subject, NEW.actor_professional_id, NEW.actor_agency,
            NEW.action, NEW.professional_id, NEW.basis, NEW.detail)
           IS NOT DISTINCT FROM
       ROW (OLD.id, OLD.occurred_at, OLD.service, OLD.actor_subject, OLD.actor_professional_id, OLD.actor_agency,
            OLD.action, OLD.professional_id, OLD.basis, OLD.detail)
        AND audit_pseudonym_replaces(OLD.client_id, NEW.client_id)
        AND cardinality(OLD.client_ids) IS NOT DISTINCT FROM cardinality(NEW.client_ids)
        AND NOT EXISTS (SELECT 1
                        FROM unnest(OLD.client_ids, NEW.client_ids) AS pair (old_id, new_id)
                        WHERE NOT audit_pseudonym_replaces(pair.old_id, pair.new_id)) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_record is append-only: UPDATE refused (only an erased client''s pseudonymisation is accepted)'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

DROP TRIGGER audit_record_no_update_or_delete ON audit_record;
CREATE TRIGGER audit_record_no_delete
    BEFORE DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
CREATE TRIGGER audit_record_only_pseudonymised
    BEFORE UPDATE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_update_is_pseudonymisation();
