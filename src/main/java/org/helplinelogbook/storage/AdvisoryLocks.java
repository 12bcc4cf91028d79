package org.helplinelogbook.storage;

import org.jdbi.v3.core.Handle;

/**
 * PostgreSQL transaction-level advisory locks that keep a shared logbook consistent across desks. They are
 * released when the transaction ends, also when a desk dies, so nothing is left locked.
 */
final class AdvisoryLocks {

    /** First half of every lock key: "LOGB", so our locks cannot collide with another program's. */
    static final int CLASS = 1280263746;
    /** The audit chain and the contact change feed (the trigger in V21 takes the same lock). */
    static final int CHAIN = 1;

    private AdvisoryLocks() {}

    static void lockChain(Handle handle) {
        handle.createQuery("SELECT pg_advisory_xact_lock(:c, :o)").bind("c", CLASS).bind("o", CHAIN)
                .map((rs, ctx) -> Boolean.TRUE).one();
    }

    static void lockJob(Handle handle, String job) {
        // hashtext gives an int; jobs cannot take the chain's number because "job:" prefixes every name.
        handle.createQuery("SELECT pg_advisory_xact_lock(:c, hashtext(:j))").bind("c", CLASS).bind("j", "job:" + job)
                .map((rs, ctx) -> Boolean.TRUE).one();
    }
}
