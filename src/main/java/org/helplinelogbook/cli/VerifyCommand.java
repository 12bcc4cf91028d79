package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import picocli.CommandLine.Command;

@Command(name = "verify", description = "Check the logbook: read every row of every table, print row counts and"
        + " verify the audit chain and the summary counts (recounting them if needed). Exits 0 only when all of it"
        + " holds.")
final class VerifyCommand extends LogbookCommand {

    @Override
    public Integer call() {
        try (Logbook logbook = options.open(false, false)) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            SortedMap<String, Long> counts;
            try {
                counts = logbook.verification().readEveryRow();
            } catch (LogbookException e) {
                err.println("helpline-logbook: database: " + e.getMessage());
                err.flush();
                return Cli.UNEXPECTED;
            }
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                out.println(e.getKey() + ": " + e.getValue() + " rows");
            }
            List<String> problems = logbook.verification().verifyAudit();
            if (!problems.isEmpty()) {
                out.flush();
                problems.forEach(p -> err.println("helpline-logbook: audit: " + p));
                err.flush();
                return Cli.UNEXPECTED;
            }
            if (!logbook.verification().summaryCountsHold()) {
                // Derived figures only: recounting them from the contacts loses nothing.
                logbook.verification().recountSummaries();
                out.println("Summary counts did not match the contacts; they were recounted from the contacts.");
            }
            out.println("Database read in full; audit chain verifies; summary counts match the contacts.");
        }
        return 0;
    }
}
