package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.helplinelogbook.logbook.ContactImport;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.NotesPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports contacts from an RFC 4180 CSV file, all or nothing ({@link ContactImport}): every bad row is reported as
 * {@code line N: reason} and nothing is saved; only a clean file is saved, in one transaction.
 */
@Command(name = "import", description = "Import contacts from a CSV file (all or nothing).")
final class ImportCommand extends LogbookCommand {

    @Parameters(paramLabel = "FILE.csv")
    Path file;

    @Option(names = "--redact-pii", description = "Replace identifiers found in notes with tokens such as [PHONE] instead of refusing the row.")
    boolean redactPii;

    @Override
    public Integer call() {
        ContactImport.requireText(file); // a missing or non-UTF-8 file is reported before anyone signs in
        try (Logbook logbook = options.open(false)) {
            PrintWriter err = spec.commandLine().getErr();
            boolean console = System.console() != null;
            var choices = redactPii ? NotesPolicy.Choices.REDACT_ALL : NotesPolicy.Choices.NONE;
            var outcome = logbook.imports().importCsv(file, choices, AddCommand.REDACT_HINT, line -> {
                if (console) {
                    err.println(line);
                    err.flush();
                }
            });
            if (!outcome.problems().isEmpty()) {
                outcome.problems().forEach(err::println);
                err.flush();
                int n = outcome.problems().size();
                throw new Cli.InvalidInputException("Nothing was imported: " + n + (n == 1 ? " problem" : " problems")
                        + " found.");
            }
            if (outcome.noRows()) {
                throw new Cli.InvalidInputException("The file " + file + " has a header but no rows (no contacts);"
                        + " nothing was imported.");
            }
            int saved = outcome.saved();
            spec.commandLine().getOut().println("Imported " + saved + (saved == 1 ? " contact." : " contacts."));
        }
        return 0;
    }
}
