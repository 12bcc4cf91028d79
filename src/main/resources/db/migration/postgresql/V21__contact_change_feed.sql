-- Live updates between desks: every write to a contact adds a contact_change row and a NOTIFY hint.
-- The trigger first takes the logbook's transaction-level advisory lock (the one the audit chain takes, see
-- JdbiAuditRepository), so change numbers become visible in commit order: a desk reading "everything after
-- seq N" can never skip a change that commits later with a smaller number. The NOTIFY payload is empty so a
-- bulk import sends one notification per transaction, not one per row.
CREATE FUNCTION logbook_contact_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed UUID;
    how     VARCHAR(8);
BEGIN
    PERFORM pg_advisory_xact_lock(1280263746, 1);
    IF TG_OP = 'DELETE' THEN
        changed := OLD.id;
        how := 'delete';
    ELSIF TG_OP = 'INSERT' THEN
        changed := NEW.id;
        how := 'create';
    ELSE
        changed := NEW.id;
        how := 'edit';
    END IF;
    INSERT INTO contact_change (contact_id, kind, changed_at) VALUES (changed, how, timezone('UTC', now()));
    PERFORM pg_notify('contact_change', '');
    RETURN NULL;
END
$$;

-- Deferred to commit time, so the lock is held only for the end of the transaction (after the audit entry,
-- which takes the same lock), not while the rest of the save runs.
CREATE CONSTRAINT TRIGGER contact_change_feed AFTER INSERT OR UPDATE OR DELETE ON contact
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION logbook_contact_changed();
