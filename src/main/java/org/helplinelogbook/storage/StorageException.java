package org.helplinelogbook.storage;

/** A storage failure described for a person; the message never contains stored values. */
public class StorageException extends RuntimeException {

    public enum Kind { IN_USE, MISSING, DAMAGED, DISK_FULL, READ_ONLY, OTHER }

    private final Kind kind;

    public StorageException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
