package org.helplinelogbook.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.ContactRepository.PageCursor;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.report.FormulaGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List contacts, newest first, as CSV (coded fields; notes only with --notes, managers only).")
final class ListCommand extends LogbookCommand {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Option(names = "--from", paramLabel = "DATE", description = "First day, e.g. 2026-10-01 (inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, e.g. 2026-10-31 (inclusive).")
    String to;

    @Option(names = "--limit", paramLabel = "N", description = "At most N contacts.")
    Integer limit;

    @Option(names = "--count", description = "Print only the number of contacts.")
    boolean count;

    @Option(names = "--notes", description = "Include notes (managers only).")
    boolean notes;

    @Override
    public Integer call() {
        LocalDate fromDate = date(from, "--from");
        LocalDate toDate = date(to, "--to");
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "--to is before --from.");
        }
        if (limit != null && limit < 0) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "--limit must be 0 or more.");
        }
        try (Logbook logbook = options.open(false)) {
            if (notes) {
                logbook.actor().requireManager("list notes");
            }
            var filter = ContactFilter.ALL.withPeriod(
                    fromDate == null ? null : fromDate.atStartOfDay(logbook.zone()).toInstant(),
                    toDate == null ? null : toDate.plusDays(1).atStartOfDay(logbook.zone()).toInstant());
            PrintWriter out = spec.commandLine().getOut();
            if (count) {
                long n = logbook.contacts().count(filter);
                out.println(limit == null ? n : Math.min(n, limit));
                return 0;
            }
            if (notes) {
                logbook.contacts().notesListed();
            }
            writeCsv(logbook, filter, out);
        }
        return 0;
    }

    private void writeCsv(Logbook logbook, ContactFilter filter, PrintWriter out) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(out);
        List<String> header = new ArrayList<>(List.of("id", "started_at", "duration_seconds", "channel", "caller_type",
                "topics", "outcome", "source", "returning"));
        if (notes) {
            header.add("notes");
        }
        csv.writeRecord(header);
        long remaining = limit == null ? Long.MAX_VALUE : limit;
        PageCursor cursor = null;
        while (remaining > 0) {
            var page = logbook.contacts().page(filter, cursor, (int) Math.min(500, remaining));
            for (Contact c : page.contacts()) {
                List<String> row = new ArrayList<>(List.of(c.id().toString(), MINUTES.format(c.startedAt()),
                        String.valueOf(c.durationSeconds()), c.channel(), c.callerType(), String.join(";", c.topics()),
                        String.join(";", c.outcomes()), c.source() == null ? "" : c.source(),
                        c.returning() ? "yes" : ""));
                if (notes) {
                    // Opened in a spreadsheet, a note starting with = + - @ would run as a formula: defused as in exports.
                    row.add(c.notesShredded() ? "[notes removed after the retention period]" : FormulaGuard.text(c.notes()));
                }
                csv.writeRecord(row);
            }
            remaining -= page.contacts().size();
            if (page.next() == null) {
                break;
            }
            cursor = page.next();
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static LocalDate date(String text, String option) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, option + " must be a date like 2026-10-01.");
        }
    }
}
