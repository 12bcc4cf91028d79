-- H2 only: the audit log is append-only. The Java trigger refuses every UPDATE and DELETE on audit_entry.
-- (PostgreSQL would use a plpgsql trigger or REVOKE; this file lives in the h2 location so it never runs there.)
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    CALL 'org.helplinelogbook.storage.AppendOnlyTrigger';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    CALL 'org.helplinelogbook.storage.AppendOnlyTrigger';
