package org.helplinelogbook.storage;

import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;

/** Turns Jdbi failures into {@link StorageException}s without carrying SQL text or values along. */
final class StorageErrors {

    private StorageErrors() {}

    static RuntimeException translate(JdbiException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SQLException sql) {
                return Database.translate(sql);
            }
            cause = cause.getCause();
        }
        return new StorageException(StorageException.Kind.OTHER, "The logbook database reported an error.", null);
    }
}
