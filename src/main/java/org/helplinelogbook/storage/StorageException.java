package org.helplinelogbook.storage;

/** A storage failure described for a person; the message never contains stored values. */
public class StorageException extends RuntimeException {

    public enum Kind { IN_USE, MISSING, DAMAGED, DISK_FULL, READ_ONLY, OTHER,
        /** Shared logbook: the server refused the desk (role, password or certificate). */
        REFUSED,
        /** Shared logbook: the server cannot be reached or the connection was cut. */
        UNREACHABLE,
        /**
         * Shared logbook: the work waited too long for another desk (a lock or statement timeout) or lost a
         * deadlock; nothing was changed, and running the same work again may well succeed.
         */
        BUSY,
        /** Shared logbook: another desk changed the same thing (the key slots) since it was read; nothing was changed. */
        CONFLICT }

    private final Kind kind;
    private final boolean passwordRefused;

    public StorageException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, false);
    }

    private StorageException(Kind kind, String message, Throwable cause, boolean passwordRefused) {
        super(message, cause);
        this.kind = kind;
        this.passwordRefused = passwordRefused;
    }

    /** REFUSED because the server did not accept the desk role's password (and only that: not TLS, not the role). */
    static StorageException passwordRefused(String message) {
        return new StorageException(Kind.REFUSED, message, null, true);
    }

    /** Whether the server refused the password itself, so asking for it again can help. */
    public boolean isPasswordRefused() {
        return passwordRefused;
    }

    public Kind kind() {
        return kind;
    }
}
