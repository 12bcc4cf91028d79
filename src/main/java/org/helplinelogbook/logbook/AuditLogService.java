package org.helplinelogbook.logbook;

import java.util.List;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.Store;

/** Reading and verifying the audit trail. Managers only. */
public final class AuditLogService {

    /** A page of entries, newest first; {@code nextBefore} continues it, null when there are no more. */
    public record Page(List<AuditEntry> entries, Long nextBefore) {}


    private final Store store;
    private final Actor actor;
    private final VerificationService verification;

    AuditLogService(Store store, Actor actor, VerificationService verification) {
        this.store = store;
        this.actor = actor;
        this.verification = verification;
    }

    /** Entries with a sequence number below {@code beforeSeq} (null = from the newest), optionally filtered. */
    public Page page(Long beforeSeq, String action, Long staffId, int limit) {
        actor.requireManager("read the audit log");
        long before = beforeSeq == null ? Long.MAX_VALUE : beforeSeq;
        List<AuditEntry> entries = store.read(r -> r.audit().page(before, action, staffId, limit));
        Long next = entries.size() < limit ? null : entries.get(entries.size() - 1).seq();
        return new Page(entries, next);
    }

    /** The actions that occur in the log, for the filter. */
    public List<String> actions() {
        actor.requireManager("read the audit log");
        return store.read(r -> r.audit().actions());
    }

    /** Problems found in the chain; empty when it verifies. */
    public List<String> verify() {
        actor.requireManager("verify the audit log");
        return verification.verifyAudit();
    }

    /** How many entries the log holds. */
    public long size() {
        actor.requireManager("read the audit log");
        return store.read(r -> r.audit().last().map(AuditEntry::seq).orElse(0L));
    }
}
