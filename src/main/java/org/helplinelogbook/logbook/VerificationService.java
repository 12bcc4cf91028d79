package org.helplinelogbook.logbook;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.security.AuditTrail;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.StorageException;

/** Checks that the logbook is whole: every row readable, the audit chain intact, the daily counts right. */
public final class VerificationService {

    private final SessionStore store;
    private final AuditedWrites writes;
    private final Actor actor;
    private final AuditTrail trail;
    private final Path dataDir;
    private final Database database;

    VerificationService(SessionStore store, AuditedWrites writes, Actor actor, AuditTrail trail, Path dataDir,
            Database database) {
        this.store = store;
        this.writes = writes;
        this.actor = actor;
        this.trail = trail;
        this.dataDir = dataDir;
        this.database = database;
    }

    /**
     * Reads every row of every table (for verify) and returns the row counts by table.
     *
     * @throws LogbookException DAMAGED or STORAGE when some part cannot be read
     */
    public SortedMap<String, Long> readEveryRow() {
        store.requireOpen();
        try {
            return database.readEveryRow();
        } catch (StorageException e) {
            LogbookException failure = LogbookException.of(e);
            if (failure.kind() == LogbookException.Kind.DAMAGED && database.isEmbedded()) {
                // Found while reading: the same advice as at sign-in (newest backup, restore into a new folder).
                throw new LogbookException(LogbookException.Kind.DAMAGED, failure.getMessage()
                        + Backups.damagedAdvice(dataDir));
            }
            throw failure;
        }
    }

    /** Problems found in the audit chain; empty when it verifies. */
    public List<String> verifyAudit() {
        AuditTrail audit = trail;
        audit.flush(); // compare against every entry anchored so far, not one the anchor thread is still writing
        return audit.verify(store.read(r -> r.audit().all()));
    }

    /** Whether the daily counts the reports read equal a fresh count of the contacts (they always should). */
    public boolean summaryCountsHold() {
        return store.read(r -> r.summaries().countsAreConsistent());
    }

    /** Recounts the daily counts the reports read from the contacts themselves (audited; managers only). */
    public void recountSummaries() {
        actor.requireManager("recount the summary figures");
        writes.write(r -> {
            r.summaries().recount();
            return Boolean.TRUE;
        }, AuditActions.RECOUNT_SUMMARIES, x -> null, null, x -> null);
    }
}
