package org.helplinelogbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.logbook.LogbookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restore", description = "Restore a backup into a NEW folder (never over a logbook). The backup is"
        + " checked first; sign in with a password valid when it was made, or --recovery-key-file.")
final class RestoreCommand extends LogbookCommand {

    @Parameters(paramLabel = "FILE", description = "The backup file (.hlbk).")
    Path backup;

    @Option(names = "--recovery-key-file", paramLabel = "FILE", description = "Read the recovery key from FILE instead of signing in.")
    Path recoveryKeyFile;

    @Override
    public Integer call() {
        if (options.data == null || options.data.isBlank()) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "Say where to restore to with --data NEW_FOLDER (a folder without a logbook).");
        }
        if (!Files.isRegularFile(backup)) {
            throw new LogbookException(LogbookException.Kind.MISSING, "There is no backup file " + backup + ".");
        }
        Backups.Restored restored;
        if (recoveryKeyFile != null) {
            restored = Backups.restoreWithRecoveryKey(backup, options.dataDir(), readRecoveryKey(), p -> { });
        } else {
            String user = options.requireUser();
            char[] password = Passwords.signIn(options.passwordFile);
            try {
                restored = Backups.restore(backup, options.dataDir(), user, password, p -> { });
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        var out = spec.commandLine().getOut();
        out.println("Restored into " + restored.dataDir() + "; every table was read in full and the audit log verifies:");
        for (Map.Entry<String, Long> e : restored.rowCounts().entrySet()) {
            out.println("  " + e.getKey() + ": " + e.getValue());
        }
        return 0;
    }

    private String readRecoveryKey() {
        try {
            return Files.readString(recoveryKeyFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "The recovery key file cannot be read: " + recoveryKeyFile);
        }
    }
}
