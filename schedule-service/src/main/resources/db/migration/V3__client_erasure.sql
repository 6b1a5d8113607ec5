-- A closed client's records are erased when client-network-service says so (ClientRecordsErased, at the end of the
-- retention period). The access log is kept, pseudonymised: the erasure is itself recorded in it, by the service
-- (no professional), under the pseudonym that replaces the client's id.
ALTER TABLE access_record ALTER COLUMN professional_id DROP NOT NULL;
ALTER TABLE access_record ADD CONSTRAINT access_record_professional_check
    CHECK (professional_id IS NOT NULL OR action = 'CLIENT_RECORDS_ERASED');
CREATE INDEX visit_clash_second_idx ON visit_clash (second_visit_id);

-- The access log is append-only but for that one change: an UPDATE is accepted only when it changes nothing but the
-- client id, from a client this service no longer holds to a pseudonym whose erasure is recorded in the log.
CREATE FUNCTION access_record_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'access_record is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE FUNCTION access_record_update_is_pseudonymisation() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF ROW (NEW.id, NEW.keycloak_subject, NEW.professional_id, NEW.agency, NEW.action, NEW.at)
           IS NOT DISTINCT FROM ROW (OLD.id, OLD.keycloak_subject, OLD.professional_id, OLD.agency, OLD.action, OLD.at)
        AND OLD.client_id IS NOT NULL AND NEW.client_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM network_client WHERE id = OLD.client_id)
        AND EXISTS (SELECT 1 FROM access_record WHERE client_id = NEW.client_id AND action = 'CLIENT_RECORDS_ERASED') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'access_record is append-only: UPDATE refused (only an erased client''s pseudonymisation is accepted)'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_record_no_delete
    BEFORE DELETE ON access_record
    FOR EACH ROW EXECUTE FUNCTION access_record_is_append_only();
CREATE TRIGGER access_record_no_truncate
    BEFORE TRUNCATE ON access_record
    FOR EACH STATEMENT EXECUTE FUNCTION access_record_is_append_only();
CREATE TRIGGER access_record_only_pseudonymised
    BEFORE UPDATE ON access_record
    FOR EACH ROW EXECUTE FUNCTION access_record_update_is_pseudonymisation();
