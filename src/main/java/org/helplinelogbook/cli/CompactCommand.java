package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.Logbook;
import picocli.CommandLine.Command;

@Command(name = "compact", description = "Rewrite the logbook file with only its live data (managers). Saves, edits"
        + " and imports leave free space behind that the file keeps; a large logbook can shrink to a tenth, and its"
        + " backups with it. Takes about 15 seconds per GB; nothing else may have the logbook open.")
final class CompactCommand extends LogbookCommand {

    @Override
    public Integer call() {
        if (DataFolder.isSharedDesk(options.dataDir())) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("helpline-logbook: this is a desk of a shared logbook; its server keeps its own files"
                    + " compact (PostgreSQL's autovacuum), so there is nothing to do here.");
            err.flush();
            return Cli.USAGE;
        }
        Path file = DataFolder.logbookFile(options.dataDir());
        long started = System.nanoTime();
        long before;
        try (Logbook logbook = options.open(false, false)) { // closing again after compacting does nothing
            before = DataFolder.logbookFileSize(options.dataDir());
            logbook.compactAndClose();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.UK, "Compacted %s: %s -> %s in %.0f s.%n", file, megabytes(before),
                megabytes(DataFolder.logbookFileSize(options.dataDir())), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** en-GB whatever the computer's language, as every figure the app shows ("1,234.5 MB", not "1.234,5 MB"). */
    static String megabytes(long bytes) {
        return String.format(Locale.UK, "%,.1f MB", bytes / 1e6);
    }
}
