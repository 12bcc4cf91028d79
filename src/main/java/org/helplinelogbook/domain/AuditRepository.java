package org.helplinelogbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The append-only audit trail. Entries name actions, records, field names and counts; never values or note text. */
public interface AuditRepository {

    record AuditEntry(long seq, Instant at, Long staffId, String action, String recordId, String fields, String counts, String mac) {}

    void append(AuditEntry entry);

    /**
     * Called before reading the last entry to append the next one: on a shared logbook it holds the other desks
     * back until this transaction ends, so the chain stays one line. Nothing to do for a single-desk logbook.
     */
    default void lockForAppend() {
    }

    Optional<AuditEntry> last();

    List<AuditEntry> all();

    List<AuditEntry> page(long beforeSeq, int limit);

    /** Up to {@code limit} entries below {@code beforeSeq}, newest first; a null action or staff id means any. */
    List<AuditEntry> page(long beforeSeq, String action, Long staffId, int limit);

    /** The distinct actions recorded, sorted. */
    List<String> actions();
}
