package org.helplinelogbook.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE on the table it is attached to (the audit log). The HMAC chain already detects
 * such edits; the trigger stops them happening through the app or a stray SQL console in the first place.
 * The message names no values, because H2 error text can end up in front of a person.
 */
public final class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE for "prohibited SQL-statement attempted" (SQL standard class 2F/38 are close; 42000 is generic). */
    static final String SQL_STATE = "42000";

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit log is append-only: entries cannot be changed or removed.", SQL_STATE);
    }
}
