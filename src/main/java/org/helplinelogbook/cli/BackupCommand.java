package org.helplinelogbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.logbook.Logbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", description = "Write an encrypted backup (database and key slots in one file; managers only)."
        + " It opens with any password valid now, or the recovery key.")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    LogbookOptions options;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to create (not inside the logbook's folder, except its backups folder).")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists (never a logbook, key slot or backup file).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Logbook logbook = options.open(false, false)) {
            Path written = Backups.create(logbook, out, force);
            spec.commandLine().getOut().println("Backup written to " + written + ".");
        }
        return 0;
    }
}
