package org.helplinelogbook.logbook;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.AuditTrail;
import org.helplinelogbook.storage.StorageException;

/**
 * Every write of a service goes through here: the work and its audit entry share one durable transaction, and the
 * chain's anchor moves on afterwards. The entry holds field names and counts only, never values.
 */
final class AuditedWrites {

    private final Store store;
    private final AuditTrail trail;
    private final Actor actor;
    /** Told after each write transaction whether it committed (the note vault forgets keys of one that did not). */
    private final Consumer<Boolean> settled;

    /**
     * @param store the session's store (refusing once the logbook is locked); @param actor the signed-in person;
     * @param settled told after each write whether its transaction committed
     */
    AuditedWrites(Store store, AuditTrail trail, Actor actor, Consumer<Boolean> settled) {
        this.store = store;
        this.trail = trail;
        this.actor = actor;
        this.settled = settled;
    }

    /** Records one audited action in its own durable transaction. */
    void record(String action, String recordId, String fields, String counts) {
        AuditEntry entry = retryingBusy(() -> store.write(r -> trail.append(r, actorId(), action, recordId,
                fields, counts)));
        trail.anchor(entry);
    }

    /** Runs {@code work} and one audit entry in the same durable transaction, then anchors the chain. */
    <T> T write(Function<Store.Repositories, T> work, String action, Function<T, String> recordId, String fields,
            Function<T, String> counts) {
        return write(work, action, recordId, fields, counts, value -> List.of());
    }

    /** A further audit entry written in the same transaction as the main one (e.g. {@code pii_kept} with a save). */
    record FollowingEntry(String action, String recordId, String fields, String counts) {}

    /**
     * Like {@link #write(Function, String, Function, String, Function)}, plus the entries {@code following} derives
     * from the result, all in the one durable transaction: a save and what was decided about its identifiers are
     * recorded together or not at all.
     */
    <T> T write(Function<Store.Repositories, T> work, String action, Function<T, String> recordId, String fields,
            Function<T, String> counts, Function<T, List<FollowingEntry>> following) {
        AuditEntry[] entry = new AuditEntry[1];
        T result = retryingBusy(() -> {
            boolean committed = false;
            try {
                T value = store.write(r -> {
                    // Shared logbook: take the chain lock first, so work that creates a month's note key cannot race
                    // another desk doing the same (re-entrant within the transaction; a no-op on H2).
                    r.audit().lockForAppend();
                    T v = work.apply(r);
                    entry[0] = trail.append(r, actorId(), action, recordId.apply(v), fields, counts.apply(v));
                    for (FollowingEntry f : following.apply(v)) {
                        entry[0] = trail.append(r, actorId(), f.action(), f.recordId(), f.fields(), f.counts());
                    }
                    return v;
                });
                committed = true;
                return value;
            } finally {
                settled.accept(committed); // a month key made in a rolled-back transaction does not exist
            }
        });
        trail.anchor(entry[0]);
        return result;
    }

    /**
     * Runs a single-writer job (e.g. a retention purge) at most once per {@code period} across all desks: the
     * desks queue on a server lock, and whoever comes second sees the job already done for that period and
     * skips it. Returns whether this desk ran it. The job's own writes, its "done" mark and its {@code job} audit
     * entry share one transaction.
     */
    boolean runOncePer(String job, String period, Consumer<Store.Repositories> work) {
        String mark = "job." + job;
        return write(r -> {
            r.lockJob(job);
            if (period.equals(r.settings().get(mark).orElse(null))) {
                return false;
            }
            work.accept(r);
            r.settings().put(mark, period);
            return true;
        }, AuditActions.JOB, ran -> null, job, ran -> ran ? "ran=1" : "ran=0");
    }

    /** Tries after a lock timeout or deadlock on the server, before the failure is reported. */
    static final int BUSY_ATTEMPTS = 3;

    /**
     * Runs one whole transaction again when the server gave up waiting for another desk (a lock timeout or a
     * deadlock: nothing was changed). A desk that died or hangs while holding a lock is cut off by the server within
     * seconds (see PostgresConnections), so a second or third try normally goes through; after that the failure is
     * reported, and the desktop keeps what the person typed.
     */
    static <T> T retryingBusy(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (StorageException e) {
                if (e.kind() != StorageException.Kind.BUSY || attempt >= BUSY_ATTEMPTS) {
                    throw e.kind() == StorageException.Kind.BUSY ? busy() : e;
                }
            }
            try {
                Thread.sleep(50L + ThreadLocalRandom.current().nextLong(200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy();
            }
        }
    }

    private static LogbookException busy() {
        return new LogbookException(LogbookException.Kind.STORAGE, "Another desk is holding up the logbook server."
                + " Nothing was saved; try again in a moment.");
    }

    private Long actorId() {
        return actor == null ? null : actor.staffId();
    }
}
