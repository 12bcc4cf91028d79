package org.helplinelogbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, part 4, through the CLI: import's date and text rules, a header-only file, a note of any size, notes
 * and codewords kept out of the process list, and {@code list --notes} defusing spreadsheet formulas. Each test
 * failed before its fix.
 */
class SmallerHolesTest {

    static final String PASSWORD = "manager password 1";
    static final String HEADER = "started_at,duration_seconds,channel,caller_type,topics,outcome,source,notes\n";

    @TempDir
    Path tmp;

    Path data;
    CliRun manager;
    private final InputStream stdin = System.in;

    @BeforeEach
    void createLogbook() {
        data = tmp.resolve("logbook");
        manager = new CliRun().password(PASSWORD);
        var init = manager.run("init", "--data", data.toString(), "--user", "manager1", "--zone", "Europe/London");
        assertThat(init.exitCode()).as(init.err()).isZero();
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    CliRun.Result mgr(CliRun who, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        System.arraycopy(new String[] {"--data", data.toString(), "--user", "manager1"}, 0, all, args.length, 4);
        return who.run(all);
    }

    CliRun.Result mgr(String... args) {
        return mgr(manager, args);
    }

    CliRun.Result importCsv(String csv) throws Exception {
        Path file = tmp.resolve("in.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return mgr("import", file.toString());
    }

    private String count() {
        return mgr("list", "--count").out().strip();
    }

    // ---- import

    @Test
    void importRefusesFutureAncientAndClockChangeStarts() throws Exception {
        String nextYear = String.valueOf(LocalDate.now().getYear() + 1);
        var r = importCsv(HEADER
                + "2026-10-03T14:05,60,phone,silent,,,,\n"
                + nextYear + "-01-10T10:00,60,phone,silent,,,,\n"
                + "0001-10-03T14:05,60,phone,silent,,,,\n"
                + "2026-03-29T01:30,60,phone,silent,,,,\n"
                + "2026-10-25T01:30,60,phone,silent,,,,\n");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("line 3: started_at is in the future",
                "line 4: started_at is before 2000-01-01",
                "line 5: started_at (2026-03-29T01:30) is a time that did not exist in Europe/London",
                "line 6: started_at (2026-10-25T01:30) happened twice in Europe/London")
                .doesNotContain("line 2:");
        assertThat(count()).isEqualTo("0");
    }

    @Test
    void anOffsetSaysWhichOfTheTwiceHappenedTimesItWas() throws Exception {
        var r = importCsv(HEADER
                + "2026-10-25T01:30+01:00,100,phone,silent,,,,\n"
                + "2026-10-25T01:30Z,200,phone,silent,,,,\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        var rows = mgr("list").out().lines().skip(1).toList();
        // Newest first: the second 01:30 (after the clocks went back) is an hour after the first.
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains(",2026-10-25T01:30:00,200,");
        assertThat(rows.get(1)).contains(",2026-10-25T01:30:00,100,");
    }

    @Test
    void importRefusesAnUnterminatedQuoteAndControlCharacters() throws Exception {
        var open = importCsv(HEADER + "2026-10-03T14:05,60,phone,at_risk,,,police,\"never closed\n"
                + "2026-10-03T15:05,60,phone,silent,,,,\n");
        assertThat(open.exitCode()).isEqualTo(4);
        assertThat(open.err()).contains("line 2: a quote opened here is never closed");

        var nul = importCsv(HEADER + "2026-10-03T14:05,60,phone,silent,,,,\n2026-10-03T15:05,60,phone,at_risk,,,police,a\u0000b\n");
        assertThat(nul.exitCode()).isEqualTo(4);
        assertThat(nul.err()).contains("line 3: contains a control character (U+0000)");
        assertThat(count()).isEqualTo("0");
    }

    @Test
    void aHeaderOnlyFileIsNoRowsExitFour() throws Exception {
        var r = importCsv(HEADER);
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("header but no rows").doesNotContain("Imported");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFiftyMegabyteNoteIsTooLongNotInvalidCsv() throws Exception {
        var r = importCsv(HEADER + "2026-10-03T14:05,60,phone,at_risk,,,police,\"" + "x".repeat(50 * 1024 * 1024) + "\"\n");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("line 2: note too long").doesNotContain("not valid CSV");
    }

    // ---- add: notes and codewords out of the process list

    @Test
    void aNoteFromAFileOrStandardInputDrawsNoWarning() throws Exception {
        Path note = tmp.resolve("note.txt");
        Files.writeString(note, "Talked through next steps\n");
        var fromFile = mgr("add", "--channel", "phone", "--caller-type", "at_risk", "--source", "police",
                "--notes-file", note.toString());
        assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
        assertThat(fromFile.err()).isEmpty();

        System.setIn(new ByteArrayInputStream("Agreed a safety plan\n".getBytes(StandardCharsets.UTF_8)));
        var fromStdin = mgr("add", "--channel", "phone", "--caller-type", "at_risk", "--source", "police", "--notes", "-");
        assertThat(fromStdin.exitCode()).as(fromStdin.err()).isZero();
        assertThat(fromStdin.err()).isEmpty();

        assertThat(mgr("list", "--notes").out()).contains(",Talked through next steps\n", ",Agreed a safety plan\n");
    }

    @Test
    void aNoteOrCodewordAsAnArgumentIsWarnedAbout() {
        var r = mgr("add", "--channel", "phone", "--caller-type", "at_risk", "--source", "police",
                "--notes", "Talked through next steps", "--caller-code", "blue fox");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: a note given as an argument", "warning: a codeword given as an argument")
                .doesNotContain("Talked", "blue fox");
    }

    @Test
    void theCodewordComesFromTheEnvironmentOrAPrompt() {
        var fromEnv = mgr(new CliRun().password(PASSWORD).env("LOGBOOK_CALLER_CODE", "blue fox"),
                "add", "--channel", "phone", "--caller-type", "silent");
        assertThat(fromEnv.exitCode()).as(fromEnv.err()).isZero();
        assertThat(fromEnv.err()).isEmpty();

        System.setIn(new ByteArrayInputStream("blue fox\n".getBytes(StandardCharsets.UTF_8)));
        var asked = mgr("add", "--channel", "phone", "--caller-type", "silent", "--caller-code");
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        assertThat(asked.err()).isEmpty();

        var none = mgr("add", "--channel", "phone", "--caller-type", "silent");
        assertThat(none.exitCode()).isZero();
        // "returning" marks a contact whose codeword an earlier contact had: only the asked one, which shows that
        // the one from the environment carried the same codeword (and the last one none).
        assertThat(mgr("list").out().lines().skip(1).filter(l -> l.endsWith(",yes"))).hasSize(1);
    }

    @Test
    void aNoteTooLongIsSaidSoForAnySize() throws Exception {
        Path huge = tmp.resolve("huge.txt");
        Files.writeString(huge, "x".repeat(50 * 1024 * 1024));
        var r = mgr("add", "--channel", "phone", "--caller-type", "at_risk", "--source", "police",
                "--notes-file", huge.toString());
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("Note too long");
        assertThat(count()).isEqualTo("0");
    }

    @Test
    void addRefusesAFutureStart() {
        String nextYear = String.valueOf(LocalDate.now().getYear() + 1);
        var r = mgr("add", "--channel", "phone", "--caller-type", "silent", "--started-at", nextYear + "-01-01T10:00");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("--started-at is in the future");
    }

    // ---- list --notes

    @Test
    void listNotesDefusesSpreadsheetFormulas() throws Exception {
        Path note = tmp.resolve("formula.txt");
        Files.writeString(note, "=SUM(A1:A9)*2");
        assertThat(mgr("add", "--channel", "phone", "--caller-type", "at_risk", "--source", "police",
                "--notes-file", note.toString()).exitCode()).isZero();
        Files.writeString(note, "+1 more call expected");
        assertThat(mgr("add", "--channel", "phone", "--caller-type", "at_risk", "--source", "police",
                "--notes-file", note.toString()).exitCode()).isZero();

        String out = mgr("list", "--notes").out();
        assertThat(out).contains(",'=SUM(A1:A9)*2\n", ",'+1 more call expected\n").doesNotContain(",=SUM", ",+1 more");
    }
}
