package org.helplinelogbook.security;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.AuditRepository;
import org.helplinelogbook.domain.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit chain: every entry's MAC covers the previous MAC, so an edited, deleted or reordered entry breaks the
 * chain; the latest (sequence, MAC) is anchored in the key-slot file so truncation is caught too. Entries hold
 * actions, record ids, field names and counts only: never values, note text or search terms.
 */
public final class AuditTrail {

    /** Written into the chain at unlock when the chain no longer reaches the anchored entry. */
    public static final String ANCHOR_MISMATCH = "audit_anchor_mismatch";

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    private final byte[] key;
    private final KeySlotFile slots;
    /** Writes the anchor off the saving thread; daemon, so a forgotten close never keeps the program running. */
    private final ExecutorService anchorThread = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "audit-anchor");
        thread.setDaemon(true);
        return thread;
    });
    /** The newest entry not yet handed to the anchor thread's current write; guarded by {@code this}. */
    private AuditEntry pending;

    public AuditTrail(DataKey dataKey, KeySlotFile slots) {
        this.key = AuditChain.key(dataKey);
        this.slots = slots;
    }

    /** Appends inside the caller's transaction; call {@link #anchor} after the transaction is durable. */
    public AuditEntry append(Store.Repositories repos, Long staffId, String action, String recordId, String fields, String counts) {
        AuditRepository audit = repos.audit();
        audit.lockForAppend(); // shared logbook: one desk at a time extends the chain
        var last = audit.last();
        long seq = last.map(e -> e.seq() + 1).orElse(1L);
        String previous = last.map(AuditEntry::mac).orElse("");
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String mac = AuditChain.mac(key, previous, seq, at, staffId, action, recordId, fields, counts);
        var entry = new AuditEntry(seq, at, staffId, action, recordId, fields, counts, mac);
        audit.append(entry);
        return entry;
    }

    /**
     * Moves the anchor on to {@code entry}, which must already be durable, on the anchor thread: the save that
     * made the entry returns without waiting for the key-slot file's two fsyncs. Entries that come faster than
     * the file can be written are anchored together. A crash in between leaves the anchor behind, never ahead,
     * as before; {@link #flush} (at lock and exit) waits until the newest entry is anchored.
     */
    public void anchor(AuditEntry entry) {
        synchronized (this) {
            if (pending != null && pending.seq() >= entry.seq()) {
                return;
            }
            boolean queued = pending != null;
            pending = entry;
            if (queued || anchorThread.isShutdown()) {
                return; // the queued task will write the newer entry; a closed trail anchors nothing
            }
        }
        anchorThread.execute(this::writePending);
    }

    /** Waits until every entry handed to {@link #anchor} is in the key-slot file (or its write has failed). */
    public void flush() {
        if (anchorThread.isShutdown()) {
            return;
        }
        try {
            anchorThread.submit(this::writePending).get(); // one thread: runs after every earlier write
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the anchor thread never touches H2, so this is harmless
        } catch (ExecutionException | RejectedExecutionException e) {
            LOG.warn("Audit anchor not flushed; it stays at an earlier entry");
        }
    }

    private void writePending() {
        AuditEntry entry;
        synchronized (this) {
            entry = pending;
            pending = null;
        }
        if (entry != null) {
            write(entry);
        }
    }

    private void write(AuditEntry entry) {
        synchronized (slots) {
            var current = slots.auditAnchor();
            if (current.isPresent() && current.get().seq() >= entry.seq()) {
                return;
            }
            slots.setAuditAnchor(new KeySlotFile.AuditAnchor(entry.seq(), entry.mac()));
            try {
                slots.save();
            } catch (IOException e) {
                // The entry and the work it records are already durable; reporting failure now would tell the
                // person a saved contact was lost. An anchor left behind is allowed; the next save moves it on.
                LOG.warn("Audit anchor not written (disk full or read-only?); it stays at an earlier entry");
            }
        }
    }

    /**
     * Checks at unlock that the chain still reaches the anchored entry, before a new entry moves the anchor on.
     * A mismatch is written into the chain itself, so later verification reports it for good.
     */
    public boolean anchorMatches(Store.Repositories repos) {
        var anchor = slots.auditAnchor();
        if (anchor.isEmpty()) {
            return true;
        }
        var entry = repos.audit().page(anchor.get().seq() + 1, 1).stream().findFirst();
        return entry.isPresent() && entry.get().seq() == anchor.get().seq() && entry.get().mac().equals(anchor.get().mac());
    }

    /** Every problem with the chain, empty when it verifies. */
    public List<String> verify(List<AuditEntry> entries) {
        List<String> problems = new ArrayList<>();
        String previous = "";
        long expectedSeq = 1;
        for (AuditEntry e : entries) {
            if (e.seq() != expectedSeq) {
                problems.add("audit entry " + expectedSeq + " is missing or out of order (found " + e.seq() + ")");
                break;
            }
            String mac = AuditChain.mac(key, previous, e.seq(), e.at(), e.staffId(), e.action(), e.recordId(),
                    e.fields(), e.counts());
            if (!mac.equals(e.mac())) {
                problems.add("audit entry " + e.seq() + " has been altered");
                break;
            }
            if (ANCHOR_MISMATCH.equals(e.action())) {
                problems.add("at " + e.at() + " the audit log did not match its recorded anchor (entry " + e.seq() + ")");
            }
            previous = e.mac();
            expectedSeq++;
        }
        var anchor = slots.auditAnchor();
        if (anchor.isPresent() && problems.isEmpty()) {
            long lastSeq = expectedSeq - 1;
            if (lastSeq < anchor.get().seq()) {
                problems.add("the audit log has been truncated: it ends at " + lastSeq + " but entry "
                        + anchor.get().seq() + " was recorded");
            } else if (!entries.get((int) anchor.get().seq() - 1).mac().equals(anchor.get().mac())) {
                problems.add("the audit log does not match its recorded anchor");
            }
        }
        return problems;
    }

    /** Anchors what is pending, stops the anchor thread and wipes the chain key. */
    public void close() {
        flush();
        anchorThread.shutdown();
        Arrays.fill(key, (byte) 0);
    }
}
