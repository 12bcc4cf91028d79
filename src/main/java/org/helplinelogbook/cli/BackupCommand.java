package org.helplinelogbook.cli;

import java.nio.file.Path;
import org.helplinelogbook.logbook.Logbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backup", description = "Write an encrypted backup (database and key slots in one file; managers only)."
        + " It opens with any password valid now, or the recovery key.")
final class BackupCommand extends LogbookCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to create (not inside the logbook's folder, except its backups folder).")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists (never a logbook, key slot or backup file).")
    boolean force;

    @Override
    public Integer call() {
        try (Logbook logbook = options.open(false, false)) {
            Path written = logbook.backups().create(out, force);
            spec.commandLine().getOut().println("Backup written to " + written + ".");
        }
        return 0;
    }
}
