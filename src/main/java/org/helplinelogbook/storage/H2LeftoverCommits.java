package org.helplinelogbook.storage;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Finishes a commit that a killed process had started, which H2 2.5 leaves half done (found with a kill near the
 * end of a large import; docs/durability.md, "A kill during a commit").
 *
 * <p>H2 commits a transaction by first appending a "committed" marker to its undo log, then rewriting each of its
 * rows as committed, then clearing the undo log. A large commit spills to the file part way, so a kill can leave
 * the marker on disk with rows still marked as the transaction's own. At the next open H2 rebuilds that transaction
 * in status COMMITTED and calls {@code Transaction.commit()} on it; since H2 commit 7fbdc03a ("minor
 * simplification", in 2.5.250 and 2.5.252, the newest release) that method skips the row rewriting when the status
 * already was COMMITTED. The rows then belong to a transaction that never ends: reads skip them, and the first write
 * that meets one (the sign-in's audit entry, whose number the killed import had taken) waits on it, is told at once
 * that it has ended, looks again and spins at 100 % CPU for ever ({@code TransactionMap.set}).
 *
 * <p>Here we do what H2 2.4 did: for each such leftover (status COMMITTED, owned by no session) run H2's own
 * recovery commit ({@code TransactionStore.commit(tx, true)}) and close it. The marker is H2's commit point, so the
 * transaction was committed; finishing it gives the new state, never a mix. The methods are package-private in H2,
 * hence reflection; if a later H2 renames them we refuse to open rather than risk the spin ({@link #finish}).
 */
final class H2LeftoverCommits {

    /** Set to {@code false} only by the test that shows the bounded open catching the spin. */
    static final String PROPERTY = "helplinelogbook.h2.finishLeftoverCommits";

    private H2LeftoverCommits() {}

    /**
     * Finishes every half-done commit left in the store behind {@code connection}; call it right after the first
     * connection opens, before anything writes.
     *
     * @return how many transactions were finished
     */
    static int finish(Connection connection) throws SQLException {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return 0;
        }
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        TransactionStore store = session.getDatabase().getStore().getTransactionStore();
        int finished = 0;
        for (Transaction tx : store.getOpenTransactions()) {
            if (tx.getStatus() == Transaction.STATUS_COMMITTED && ownerOf(tx) == 0) {
                H2Internals.invoke(COMMIT, store, H2LeftoverCommits::unsupported, tx, true);
                H2Internals.invoke(END, store, H2LeftoverCommits::unsupported, tx, true);
                finished++;
            }
        }
        return finished;
    }

    private static final Method COMMIT = H2Internals.method(TransactionStore.class, "commit", Transaction.class,
            boolean.class);
    private static final Method END = H2Internals.method(TransactionStore.class, "endTransaction", Transaction.class,
            boolean.class);
    private static final Field OWNER = H2Internals.field(Transaction.class, "ownerId");

    /**
     * A leftover rebuilt at open belongs to no session (owner 0); a live session's transaction has its id. Without
     * the field we go by the status alone: right after the first connection no session is committing.
     */
    private static int ownerOf(Transaction tx) {
        try {
            return OWNER == null ? 0 : OWNER.getInt(tx);
        } catch (IllegalAccessException e) {
            return -1;
        }
    }

    private static StorageException unsupported() {
        return new StorageException(StorageException.Kind.OTHER,
                "The logbook holds a save that was cut short, and this version of the database engine cannot finish"
                        + " it. Nothing was changed.", null);
    }
}
