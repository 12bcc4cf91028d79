package org.helplinelogbook.security;

/** The key-slot file cannot be used: it is not there, or it cannot be read or understood. */
public final class KeySlotException extends RuntimeException {

    public enum Kind {
        /** There is no keyslots.json in the data folder. */
        MISSING,
        /** keyslots.json exists but could not be read, is not valid, or does not match its data key. */
        DAMAGED
    }

    private final Kind kind;

    KeySlotException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
