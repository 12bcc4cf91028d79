package org.helplinelogbook.privacy;

import java.util.regex.Pattern;

/** Looks for cue words around a candidate, always on word boundaries (see Presidio #1061). */
final class Context {

    private Context() {
    }

    /** True when {@code cue} occurs within {@code before} chars before {@code start}. */
    static boolean before(String text, int start, int before, Pattern cue) {
        return find(text, cue, Math.max(0, start - before), start);
    }

    /** True when {@code cue} occurs within {@code after} chars after {@code end}. */
    static boolean after(String text, int end, int after, Pattern cue) {
        return find(text, cue, end, Math.min(text.length(), end + after));
    }

    private static boolean find(String text, Pattern cue, int from, int to) {
        // Transparent bounds: a window cut mid-word ("...chin") must not look like a word start.
        return cue.matcher(text).region(from, to).useTransparentBounds(true).find();
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
