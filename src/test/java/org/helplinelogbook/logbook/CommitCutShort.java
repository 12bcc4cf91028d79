package org.helplinelogbook.logbook;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Leaves the file as a SIGKILL in the middle of H2's commit of a large transaction does, deterministically: an
 * AFTER INSERT trigger on the audit table that, when armed, appends H2's "committed" marker to the running
 * transaction's undo log (the first step of H2's commit), writes the store to the file (what a large commit does
 * part way through) and shuts the database down without any clean-up (the kill). The rows stay marked as the
 * transaction's own, with the marker on disk.
 */
public final class CommitCutShort implements Trigger {

    /** The action of the audit entry that triggers the cut; null leaves the trigger inert. */
    static volatile String armedFor;

    static final String CREATE = "CREATE TRIGGER commit_cut_short AFTER INSERT ON audit_entry FOR EACH ROW CALL \""
            + CommitCutShort.class.getName() + "\"";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String action = armedFor;
        if (action == null || !action.equals(String.valueOf(newRow[3]))) {
            return;
        }
        armedFor = null;
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        var database = session.getDatabase();
        TransactionStore transactions = database.getStore().getTransactionStore();
        try {
            Method mark = TransactionStore.class.getDeclaredMethod("markUndoLogAsCommitted", int.class, long.class);
            mark.setAccessible(true);
            mark.invoke(transactions, session.getTransaction().getId(), 1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        database.getStore().getMvStore().commit();
        database.shutdownImmediately();
        throw new SQLException("killed in the middle of the commit (test)");
    }
}
