package org.helplinelogbook.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Replaces identifiers with their kind's token, e.g. "ring 07700 900123" becomes "ring [PHONE]". */
public final class Redactor {

    private Redactor() {
    }

    /**
     * Replaces every hit; text between hits is kept exactly. Offsets refer to {@code text} as scanned.
     * Overlapping hits (not produced by {@link IdentifierScanner}) are merged rather than rejected,
     * because leaving half an identifier behind would defeat the point.
     *
     * @throws IllegalArgumentException if a hit lies beyond the end of {@code text}
     */
    public static String redact(String text, List<IdentifierHit> hits) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hits, "hits");
        List<IdentifierHit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(IdentifierHit::start));
        StringBuilder sb = new StringBuilder(text.length());
        int pos = 0;
        for (IdentifierHit h : sorted) {
            if (h.end() > text.length()) {
                throw new IllegalArgumentException("hit " + h + " is outside a text of length " + text.length());
            }
            if (h.start() >= pos) {
                sb.append(text, pos, h.start()).append(h.kind().token());
            }
            pos = Math.max(pos, h.end());
        }
        return sb.append(text, pos, text.length()).toString();
    }

    /** One-click redaction of a single hit; the rest of the note is untouched. */
    public static String redact(String text, IdentifierHit hit) {
        return redact(text, List.of(Objects.requireNonNull(hit, "hit")));
    }
}
