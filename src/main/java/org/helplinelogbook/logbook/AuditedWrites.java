package org.helplinelogbook.logbook;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.AuditTrail;

/**
 * Every write of a service goes through here: the work and its audit entry share one durable transaction, and the
 * chain's anchor moves on afterwards. The entry holds field names and counts only, never values.
 */
final class AuditedWrites {

    private final Supplier<Store> store;
    private final AuditTrail trail;
    private final Supplier<Actor> actor;

    /** @param store the open store (refusing once the logbook is locked); @param actor the signed-in person */
    AuditedWrites(Supplier<Store> store, AuditTrail trail, Supplier<Actor> actor) {
        this.store = store;
        this.trail = trail;
        this.actor = actor;
    }

    /** Records one audited action in its own durable transaction. */
    void record(String action, String recordId, String fields, String counts) {
        AuditEntry entry = store.get().write(r -> trail.append(r, actorId(), action, recordId, fields, counts));
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
        T result = store.get().write(r -> {
            // Shared logbook: take the chain lock first, so work that creates a month's note key cannot race
            // another desk doing the same (re-entrant within the transaction; a no-op on H2).
            r.audit().lockForAppend();
            T value = work.apply(r);
            entry[0] = trail.append(r, actorId(), action, recordId.apply(value), fields, counts.apply(value));
            for (FollowingEntry f : following.apply(value)) {
                entry[0] = trail.append(r, actorId(), f.action(), f.recordId(), f.fields(), f.counts());
            }
            return value;
        });
        trail.anchor(entry[0]);
        return result;
    }

    private Long actorId() {
        Actor a = actor.get();
        return a == null ? null : a.staffId();
    }
}
