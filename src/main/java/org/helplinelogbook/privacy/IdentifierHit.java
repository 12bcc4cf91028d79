package org.helplinelogbook.privacy;

import java.util.Objects;

/**
 * One detected identifier in a note: {@code [start, end)} in UTF-16 char offsets of the scanned text.
 *
 * <p>Deliberately holds no copy of the matched text, so hits can be counted, audited or logged
 * without ever carrying note content.
 */
public record IdentifierHit(IdentifierKind kind, int start, int end, Confidence confidence) {

    public IdentifierHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(confidence, "confidence");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(IdentifierHit other) {
        return start < other.end && other.start < end;
    }
}
