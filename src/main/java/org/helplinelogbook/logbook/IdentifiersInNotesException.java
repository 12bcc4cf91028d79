package org.helplinelogbook.logbook;

import java.util.Set;
import org.helplinelogbook.privacy.IdentifierKind;

/** A note was refused by the identifier policy; names the kinds found, never the text. */
public final class IdentifiersInNotesException extends LogbookException {

    private final Set<IdentifierKind> kinds;

    IdentifiersInNotesException(Set<IdentifierKind> kinds, String message) {
        super(Kind.INVALID_INPUT, message);
        this.kinds = Set.copyOf(kinds);
    }

    /** The kinds of the high-confidence identifiers that were neither redacted nor kept. */
    public Set<IdentifierKind> kinds() {
        return kinds;
    }
}
