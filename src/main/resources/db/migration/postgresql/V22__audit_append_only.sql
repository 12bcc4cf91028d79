-- The audit log is append-only on the server too: desk roles (which do not own the tables and so cannot drop
-- these triggers) can neither change nor remove entries. The HMAC chain would reveal it; this stops it.
CREATE FUNCTION logbook_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is append-only: entries cannot be changed or removed.'
        USING ERRCODE = '42501';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION logbook_audit_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION logbook_audit_append_only();
