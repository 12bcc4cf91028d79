package org.helplinelogbook.logbook;

import org.helplinelogbook.security.NoteVault;
import org.helplinelogbook.storage.StorageException;

/**
 * A failure a person can act on. The message is one calm sentence for the user; {@link #kind()} maps to the
 * CLI's exit codes. Messages never contain note text, passwords or keys.
 */
public class LogbookException extends RuntimeException {

    public enum Kind {
        AUTHENTICATION(3),
        NOT_ALLOWED(3),
        INVALID_INPUT(4),
        CONFLICT(4),
        MISSING(5),
        ALREADY_EXISTS(5),
        IN_USE(5),
        DAMAGED(1),
        STORAGE(1);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    public LogbookException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** What the note vault refused, with its words: a shredded month is INVALID_INPUT, a key not held NOT_ALLOWED. */
    static LogbookException of(NoteVault.Refused refused) {
        return new LogbookException(refused.kind() == NoteVault.Refused.Kind.SHREDDED ? Kind.INVALID_INPUT
                : Kind.NOT_ALLOWED, refused.getMessage());
    }

    /**
     * What the storage floor reported, as the kind a person (and the CLI's exit code) acts on; the storage message is
     * already one plain sentence.
     */
    static LogbookException of(StorageException e) {
        Kind kind = switch (e.kind()) {
            case IN_USE -> Kind.IN_USE;
            case MISSING -> Kind.MISSING;
            case DAMAGED -> Kind.DAMAGED;
            case REFUSED -> Kind.AUTHENTICATION;
            case CONFLICT -> Kind.CONFLICT;
            default -> Kind.STORAGE;
        };
        var out = new LogbookException(kind, e.getMessage());
        if (e.getCause() != null) {
            out.initCause(e);
        }
        return out;
    }
}
