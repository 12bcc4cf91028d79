package org.helplinelogbook.logbook;

import java.nio.file.Path;
import org.helplinelogbook.storage.BackupFile;

/** What the crash harness (another package) may check that only this package can reach. */
public final class CrashChecks {

    private CrashChecks() {}

    /** Checks every byte of a backup file against its MAC, with the logbook's own key. */
    public static void verifyBackup(Logbook logbook, Path file) {
        BackupFile.verify(file, logbook.key(), progress -> { });
    }
}
