package org.helplinelogbook.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.Retention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "purge-notes", description = "Shred the notes of old months by destroying their keys (managers only)."
        + " Coded fields and counts are kept; notes under a safeguarding hold survive.")
final class PurgeNotesCommand extends LogbookCommand {

    @Option(names = "--before", paramLabel = "YYYY-MM",
            description = "Shred months before this one (default: the retention setting, 12 months unless changed).")
    String before;

    @Override
    public Integer call() {
        YearMonth cutoff = before == null ? null : parse(before);
        try (Logbook logbook = options.open(false, false)) {
            logbook.actor().requireManager("remove old notes");
            if (cutoff == null) {
                cutoff = Retention.cutoff(LocalDate.now(logbook.zone()), logbook.settings().retentionMonths());
            }
            Retention.Result result = logbook.retention().purgeNotesOlderThan(cutoff);
            spec.commandLine().getOut().println("Shredded the notes of " + result.months()
                    + (result.months() == 1 ? " month" : " months") + " before " + cutoff + ": "
                    + result.notesShredded() + (result.notesShredded() == 1 ? " note" : " notes") + " removed, "
                    + result.notesKept() + " kept under a safeguarding hold.");
        }
        return 0;
    }

    private static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "--before must be a month like 2025-10.");
        }
    }
}
