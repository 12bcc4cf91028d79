package org.helplinelogbook.privacy;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A note as the detectors read it: text as people paste it from chats and web pages, folded so that the same
 * identifier always looks the same. NFKC per character (full-width letters and digits, ligatures), every Unicode
 * space as one ASCII space (runs of spaces as one), every dash and minus as "-", curly apostrophes and quotes as
 * straight ones, zero-width and control characters removed, and any script's decimal digits as ASCII digits.
 *
 * <p>Each folded character remembers which original characters it came from, so hits found in the folded text
 * are mapped back to the exact characters the worker sees (Show selects them, Redact replaces them).
 */
final class PastedText {

    private final String original;
    private final String folded;
    /** For each folded char, the original offset where its source starts; one more entry for the end. */
    private final int[] startOf;
    /** For each folded char, the original offset just after its source. */
    private final int[] endOf;

    private PastedText(String original, String folded, int[] startOf, int[] endOf) {
        this.original = original;
        this.folded = folded;
        this.startOf = startOf;
        this.endOf = endOf;
    }

    static PastedText of(String text) {
        if (isPlain(text)) {
            return new PastedText(text, text, null, null);
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length() * 2 + 4];
        int[] ends = new int[text.length() * 2 + 4];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String piece = fold(cp);
            for (int k = 0; k < piece.length(); k++) {
                char c = piece.charAt(k);
                if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    ends[out.length() - 1] = next; // a run of spaces reads as one
                    continue;
                }
                if (out.length() + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[out.length()] = i;
                ends[out.length()] = next;
                out.append(c);
            }
            i = next;
        }
        starts[out.length()] = text.length();
        return new PastedText(text, out.toString(), starts, ends);
    }

    /** Printable ASCII with single spaces (and line breaks, tabs): nothing to fold, the common case while typing. */
    private static boolean isPlain(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' && previous == ' ' || c == '\t' || c > '~' || c < ' ' && c != '\n' && c != '\r') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static String fold(int cp) {
        if (cp == '\n' || cp == '\r') {
            return String.valueOf((char) cp);
        }
        if (cp == '\t' || Character.isSpaceChar(cp) || Character.isWhitespace(cp)) {
            return " ";
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || type == Character.CONTROL || cp == 0x034F) {
            return ""; // zero-width spaces and joiners, soft hyphens, bidi marks, other controls
        }
        if (type == Character.DASH_PUNCTUATION || cp == 0x2212 || cp == 0x2043) {
            return "-";
        }
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x201B || cp == 0x2032 || cp == 0x02BC || cp == 0xFF07 || cp == 0x0060
                || cp == 0x00B4) {
            return "'";
        }
        if (cp == 0x201C || cp == 0x201D || cp == 0x201F || cp == 0x2033 || cp == 0xFF02) {
            return "\"";
        }
        if (Character.isDigit(cp)) {
            return String.valueOf((char) ('0' + Character.digit(cp, 10)));
        }
        if (cp < 0x80) {
            return String.valueOf((char) cp);
        }
        String n = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        // NFKC can itself produce spaces or dashes (e.g. a full-width space): fold those too.
        if (n.length() == 1 && n.charAt(0) != cp) {
            return fold(n.charAt(0));
        }
        return n;
    }

    /** The text the detectors scan. */
    String folded() {
        return folded;
    }

    /** A hit in the folded text, mapped back to the original characters. */
    IdentifierHit toOriginal(IdentifierHit hit) {
        if (startOf == null) {
            return hit;
        }
        int start = startOf[hit.start()];
        int end = endOf[hit.end() - 1];
        return new IdentifierHit(hit.kind(), start, Math.min(end, original.length()), hit.confidence());
    }
}
