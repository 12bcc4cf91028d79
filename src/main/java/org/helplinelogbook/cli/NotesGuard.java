package org.helplinelogbook.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.helplinelogbook.privacy.IdentifierHit;
import org.helplinelogbook.privacy.IdentifierScanner;
import org.helplinelogbook.privacy.Redactor;

/**
 * Notes given on the command line or in an import are refused when they hold anything that looks like an
 * identifier, unless {@code --redact-pii} asks for each to be replaced by a token. Reasons name the kind only.
 */
final class NotesGuard {

    private final IdentifierScanner scanner = new IdentifierScanner();
    private final boolean redact;

    NotesGuard(boolean redact) {
        this.redact = redact;
    }

    /** The notes to store, or a problem naming the kinds found. */
    record Checked(String notes, String problem) {}

    Checked check(String notes) {
        if (notes == null || notes.isBlank()) {
            return new Checked(notes, null);
        }
        List<IdentifierHit> hits = scanner.scan(notes);
        if (hits.isEmpty()) {
            return new Checked(notes, null);
        }
        if (redact) {
            return new Checked(Redactor.redact(notes, hits), null);
        }
        String kinds = hits.stream().map(h -> h.kind().label()).distinct().collect(Collectors.joining(", "));
        return new Checked(null, "notes look like they contain an identifier (" + kinds
                + "); remove it or use --redact-pii");
    }
}
