package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.NotesReviewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs today's identifier checker over notes already saved and prints, as CSV, how many contacts of each month
 * hold each kind of identifier. Never prints note text; progress goes to stderr, and only on a terminal.
 */
@Command(name = "scan-notes", description = "Check saved notes for identifiers (managers only): prints CSV"
        + " month,kind,contacts. Never prints note text.")
final class ScanNotesCommand extends LogbookCommand {

    static final String HEADER = "month,kind,contacts";

    @Option(names = "--from", paramLabel = "DATE", description = "First day to check, e.g. 2026-01-01 (default: the oldest).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day to check, inclusive (default: today).")
    String to;

    @Override
    public Integer call() {
        LocalDate first = from == null ? null : parse(from, "--from");
        LocalDate last = to == null ? null : parse(to, "--to");
        if (first != null && last != null && last.isBefore(first)) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "--to must not be before --from.");
        }
        PrintWriter out = out();
        PrintWriter err = err();
        boolean terminal = System.console() != null;
        try (Logbook logbook = options.open(false)) {
            NotesReviewService.Review review = logbook.notesReview().review(first, last, looked -> {
                if (terminal) {
                    err.print("\rChecked " + looked + (looked == 1 ? " contact" : " contacts") + "...");
                    err.flush();
                }
            });
            if (terminal) {
                err.println();
                err.println(review.notesRead() + " notes checked; " + review.flagged().size()
                        + " contacts hold something that looks like an identifier.");
                err.flush();
            }
            out.println(HEADER);
            for (NotesReviewService.MonthCount c : review.counts()) {
                out.println(c.month() + "," + c.kind().name().toLowerCase(Locale.ROOT) + "," + c.contacts());
            }
        }
        return 0;
    }

    private static LocalDate parse(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, option + " must be a date like 2026-01-31.");
        }
    }
}
