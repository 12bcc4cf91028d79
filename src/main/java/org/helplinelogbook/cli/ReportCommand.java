package org.helplinelogbook.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ExportFormat;
import org.helplinelogbook.report.Period;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = "Export an anonymised summary of a period or a campaign (managers only).")
final class ReportCommand extends LogbookCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--period", paramLabel = "PERIOD", description = "2026-10, 2026-Q3 or FY2026-27.")
        String period;

        @ArgGroup(exclusive = false)
        Range range;

        @Option(names = "--campaign", paramLabel = "NAME", description = "A campaign's name: weekly contacts before, during and after.")
        String campaign;
    }

    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "DATE")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE")
        String to;
    }

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx|pdf")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write; never inside the logbook's folder.")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists (never a logbook, key slot or backup file).")
    boolean force;

    @Option(names = "--suppress-below", defaultValue = "8", paramLabel = "N", description = "Counts from 1 to N-1 are shown as * (default 8).")
    int suppressBelow;

    @Option(names = "--round-to", defaultValue = "5", paramLabel = "N", description = "Other counts are rounded to the nearest N (default 5).")
    int roundTo;

    @Option(names = "--exact", description = "Exact counts for internal use; every page is stamped INTERNAL."
            + " Needed for --from/--to, for --weeks other than the campaign's own, and for a policy below"
            + " --suppress-below 5 or --round-to 5.")
    boolean exact;

    @Option(names = "--weeks", defaultValue = "0", paramLabel = "N", description = "Campaign comparison weeks (default: the campaign's length).")
    int weeks;

    @Override
    public Integer call() {
        ExportFormat exportFormat;
        DisclosurePolicy policy;
        Period period = null;
        try {
            exportFormat = ExportFormat.parse(format);
            policy = new DisclosurePolicy(suppressBelow, roundTo, exact);
            if (what.period != null) {
                period = Period.parse(what.period);
            } else if (what.range != null) {
                period = Period.range(LocalDate.parse(what.range.from), LocalDate.parse(what.range.to));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, capitalise(e.getMessage()) + ".");
        }
        if (weeks < 0 || weeks > 104) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "--weeks must be between 0 and 104.");
        }
        try (Logbook logbook = options.open(false)) {
            var exports = logbook.exports();
            if (period != null) {
                exports.exportPeriod(period, exportFormat, policy, out, force);
            } else {
                exports.exportCampaign(what.campaign, weeks, exportFormat, policy, out, force);
            }
            spec.commandLine().getOut().println("Wrote " + out + (exact ? " (EXACT: internal use only)" : ""));
        } catch (IllegalArgumentException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, capitalise(e.getMessage()) + ".");
        }
        return 0;
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "Invalid input" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
