package org.helplinelogbook.storage;

/** A storage failure described for a person; the message never contains stored values. */
public class StorageException extends RuntimeException {

    public enum Kind { IN_USE, MISSING, DAMAGED, DISK_FULL, READ_ONLY, OTHER,
        /** Shared logbook: the server refused the desk (role, password or certificate). */
        REFUSED,
        /** Shared logbook: the server refused the desk role's password (and only that). */
        WRONG_DB_PASSWORD,
        /** Shared logbook: the server cannot be reached or the connection was cut. */
        UNREACHABLE,
        /**
         * Shared logbook: the work waited too long for another desk (a lock or statement timeout) or lost a
         * deadlock; nothing was changed, and running the same work again may well succeed.
         */
        BUSY }

    private final Kind kind;

    public StorageException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
