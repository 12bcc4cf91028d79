package org.helplinelogbook.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Measures the scanner against the labelled sets in {@code src/test/resources/privacy/}: recall on
 * notes containing one marked identifier, and the share of ordinary notes that would raise a warning.
 * {@code identifiers.tsv} and {@code benign.tsv} hold the first kinds; {@code identifiers-new-kinds.tsv} and
 * {@code benign-capitalised.tsv} (issue 18) hold names, schools, workplaces, plates, spoken numbers, cards and the
 * like, and ordinary notes full of capitalised words that are not identifiers. Figures: docs/benchmarks-pii.md.
 */
class LabelledSetTest {

    private static final IdentifierScanner SCANNER = new IdentifierScanner();

    /** For address-like details any kind of hit will do: a postcode inside an address is still redacted. */
    private static final Set<IdentifierKind> ADDRESS_LIKE = Set.of(IdentifierKind.STREET_ADDRESS, IdentifierKind.POSTCODE);

    record Labelled(IdentifierKind kind, String text, int start, int end) {
    }

    @Test
    void recallOnLabelledIdentifiersIsAtLeast95Percent() throws IOException {
        List<Labelled> notes = labelled();
        assertThat(notes).hasSizeGreaterThanOrEqualTo(320 + 400);

        List<String> missed = new ArrayList<>();
        for (Labelled n : notes) {
            if (!recalled(n, SCANNER.scan(n.text()))) {
                missed.add(n.kind() + ": " + n.text().substring(n.start(), n.end()));
            }
        }
        double recall = 1.0 - (double) missed.size() / notes.size();
        assertThat(recall)
                .withFailMessage("recall %.1f%% (%d of %d missed) below 95%%; missed:%n%s",
                        recall * 100, missed.size(), notes.size(), String.join("\n", missed))
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyKindIsRecalledOnItsOwn() throws IOException {
        List<Labelled> notes = labelled();
        for (IdentifierKind kind : IdentifierKind.values()) {
            List<Labelled> ofKind = notes.stream().filter(n -> n.kind() == kind).toList();
            long hit = ofKind.stream().filter(n -> recalled(n, SCANNER.scan(n.text()))).count();
            assertThat(ofKind).as("labelled examples of %s", kind).hasSizeGreaterThanOrEqualTo(25);
            assertThat((double) hit / ofKind.size())
                    .withFailMessage("%s recall %d/%d", kind, hit, ofKind.size())
                    .isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void atMost5PercentOfBenignNotesRaiseAnyWarning() throws IOException {
        List<String> notes = new ArrayList<>(readLines("benign.tsv"));
        notes.addAll(readLines("benign-capitalised.tsv"));
        assertThat(notes).hasSizeGreaterThanOrEqualTo(320 + 400);

        List<String> flaggedHigh = new ArrayList<>();
        List<String> flaggedAny = new ArrayList<>();
        for (String note : notes) {
            List<IdentifierHit> hits = SCANNER.scan(note);
            if (!hits.isEmpty()) {
                flaggedAny.add(describe(note, hits));
            }
            if (hits.stream().anyMatch(h -> h.confidence() == Confidence.HIGH)) {
                flaggedHigh.add(describe(note, hits));
            }
        }
        double highRate = (double) flaggedHigh.size() / notes.size();
        double anyRate = (double) flaggedAny.size() / notes.size();
        assertThat(highRate)
                .withFailMessage("%.1f%% of benign notes have a HIGH hit (max 5%%):%n%s",
                        highRate * 100, String.join("\n", flaggedHigh))
                .isLessThanOrEqualTo(0.05);
        assertThat(anyRate)
                .withFailMessage("%.1f%% of benign notes have any hit (max 5%%):%n%s",
                        anyRate * 100, String.join("\n", flaggedAny))
                .isLessThanOrEqualTo(0.05);
    }

    @Test
    void theNewKindsAreCaughtOnTheirOwnSetAndItsBenignNotesStayQuiet() throws IOException {
        List<Labelled> notes = readLines("identifiers-new-kinds.tsv").stream().map(LabelledSetTest::parse).toList();
        assertThat(notes).hasSizeGreaterThanOrEqualTo(400);
        long recalled = notes.stream().filter(n -> recalled(n, SCANNER.scan(n.text()))).count();
        assertThat((double) recalled / notes.size()).as("recall on the new kinds").isGreaterThanOrEqualTo(0.95);
        List<String> benign = readLines("benign-capitalised.tsv");
        assertThat(benign).hasSizeGreaterThanOrEqualTo(400);
        long flagged = benign.stream().filter(n -> !SCANNER.scan(n).isEmpty()).count();
        assertThat((double) flagged / benign.size()).as("capitalised benign notes flagged").isLessThanOrEqualTo(0.05);
    }

    private static List<Labelled> labelled() throws IOException {
        List<Labelled> notes = new ArrayList<>();
        for (String file : List.of("identifiers.tsv", "identifiers-new-kinds.tsv")) {
            readLines(file).stream().map(LabelledSetTest::parse).forEach(notes::add);
        }
        return notes;
    }

    /** A hit of the labelled kind covers the identifier; address-like details may be covered by any hits. */
    static boolean recalled(Labelled n, List<IdentifierHit> hits) {
        int start = n.start();
        int end = n.end();
        // Brackets or a trailing dot inside the marked span are not part of what must be caught.
        while (start < end && !Character.isLetterOrDigit(n.text().charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(n.text().charAt(end - 1))) {
            end--;
        }
        if (!ADDRESS_LIKE.contains(n.kind())) {
            int s = start;
            int e = end;
            return hits.stream().anyMatch(h -> h.kind() == n.kind() && h.start() <= s && h.end() >= e);
        }
        for (int i = start; i < end; i++) {
            int at = i;
            if (Character.isLetterOrDigit(n.text().charAt(i)) && hits.stream().noneMatch(h -> h.start() <= at && at < h.end())) {
                return false;
            }
        }
        return true;
    }

    private static String describe(String note, List<IdentifierHit> hits) {
        return hits.stream()
                .map(h -> h.kind() + "/" + h.confidence() + " '" + note.substring(h.start(), h.end()) + "'")
                .collect(Collectors.joining(", ", "", " <- " + note));
    }

    static Labelled parse(String line) {
        int tab = line.indexOf('\t');
        IdentifierKind kind = IdentifierKind.valueOf(line.substring(0, tab));
        String marked = line.substring(tab + 1);
        int open = marked.indexOf("{{");
        int close = marked.indexOf("}}", open);
        if (open < 0 || close < 0) {
            throw new IllegalArgumentException("no {{identifier}} marker in: " + line);
        }
        String text = marked.substring(0, open) + marked.substring(open + 2, close) + marked.substring(close + 2);
        return new Labelled(kind, text, open, close - 2);
    }

    static List<String> readLines(String name) throws IOException {
        try (InputStream in = LabelledSetTest.class.getResourceAsStream("/privacy/" + name)) {
            assertThat(in).as("resource /privacy/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }
}
