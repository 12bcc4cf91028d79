package org.helplinelogbook.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the text of an import file (RFC 4180 CSV) may hold, checked before any row is read, so that a damaged or
 * wrong file is refused with the line to look at instead of being read in some lenient way:
 * <ul>
 * <li>no control characters but tab and line breaks (a NUL or escape byte means a binary or damaged file);</li>
 * <li>every quote that opens a field is closed (a CSV reader would otherwise swallow the rest of the file into
 * one field);</li>
 * <li>no field longer than a note may be ({@link ContactRules#MAX_NOTES_CHARS}): a 50 MB note is reported as a
 * note too long, whatever its size, not as a file the reader could not parse.</li>
 * </ul>
 * Line numbers count line breaks as a spreadsheet shows them, the same way the row checks do.
 */
public final class ImportText {

    private ImportText() {}

    /** Every problem as {@code line N: reason}; empty when the text can be read as CSV. */
    public static List<String> problems(String text) {
        try {
            return problems(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /**
     * The same, reading the text as it comes (an import file is never held in memory whole).
     *
     * @throws IOException as the reader throws it (for a file, a byte that is not UTF-8)
     */
    public static List<String> problems(Reader text) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> header = new ArrayList<>();
        boolean inHeader = true;
        long line = 1;
        long lastControlLine = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        long quoteLine = 0;
        int field = 0;
        long fieldLength = 0;
        long fieldLine = 1;
        StringBuilder name = new StringBuilder();
        int next = text.read(); // one character of look-ahead, for CRLF and doubled quotes
        while (next >= 0) {
            char c = (char) next;
            next = text.read();
            if (c == '\r' && !quoted && next == '\n') {
                continue; // CRLF: the LF ends the line
            }
            boolean lineBreak = c == '\n' || c == '\r' && next != '\n';
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && line != lastControlLine) {
                problems.add("line " + line + ": contains a control character (U+" + String.format("%04X", (int) c)
                        + "), which a CSV file does not hold; is this the right file?");
                lastControlLine = line;
            }
            if (quoted) {
                if (c == '"') {
                    if (next == '"') {
                        next = text.read(); // an escaped quote inside the field
                        fieldLength++;
                        countInHeader(inHeader, name, '"');
                    } else {
                        quoted = false;
                    }
                } else {
                    fieldLength++;
                    countInHeader(inHeader, name, c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',' || c == '\n' || c == '\r') {
                checkLength(problems, header, field, fieldLength, fieldLine);
                if (inHeader) {
                    header.add(name.toString().strip());
                    name.setLength(0);
                }
                field = c == ',' ? field + 1 : 0;
                fieldLength = 0;
                fieldStart = true;
                if (c != ',' && lineBreak) {
                    inHeader = false;
                }
                fieldLine = lineBreak ? line + 1 : line;
            } else {
                fieldLength++;
                fieldStart = false;
                countInHeader(inHeader, name, c);
            }
            if (c == '"') {
                fieldStart = false;
            }
            if (lineBreak) {
                line++;
            }
        }
        if (quoted) {
            problems.add("line " + quoteLine + ": a quote opened here is never closed, so the rest of the file would"
                    + " be read as one field; close it (write \"\" for a quote inside a field)");
        } else {
            checkLength(problems, header, field, fieldLength, fieldLine);
        }
        return problems;
    }

    private static void countInHeader(boolean inHeader, StringBuilder name, char c) {
        if (inHeader && name.length() < 100) {
            name.append(c);
        }
    }

    private static void checkLength(List<String> problems, List<String> header, int field, long length, long line) {
        if (length <= ContactRules.MAX_NOTES_CHARS) {
            return;
        }
        String column = field < header.size() ? header.get(field) : "field " + (field + 1);
        problems.add("line " + line + ": " + (column.equals("notes")
                ? "note too long (" + length + " characters; a note holds at most " + ContactRules.MAX_NOTES_CHARS + ")"
                : column + " is too long (" + length + " characters)"));
    }
}
