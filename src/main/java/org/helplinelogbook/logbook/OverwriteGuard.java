package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import org.helplinelogbook.security.KeySlotFile;

/**
 * The one rule for every file a person asks the program to write (report exports from the CLI or the desktop,
 * backups to a chosen file): <b>never write over data</b>.
 * <ul>
 * <li>Never inside the logbook's own folder (its database, key slots, lock, logs and automatic backups live there;
 * a report or a stray backup beside them is one slip away from replacing them). A backup may go into the backup
 * folder, which is where backups belong.</li>
 * <li>Never over an existing logbook database ({@code *.mv.db}), key slot file ({@code keyslots.json}) or backup
 * ({@code *.hlbk}), anywhere, even when replacing was agreed: one of those may be the only copy of a logbook.</li>
 * <li>Any other existing file only when the person agreed to replace it ({@code --force}, or "Replace" in the
 * desktop's save dialog).</li>
 * </ul>
 * Paths are compared after following symbolic links, so a link named {@code report.csv} that points at the live
 * database is refused like the database itself. The program's own automatic backups (daily, on exit) choose their
 * names themselves and are not subject to this check.
 */
public final class OverwriteGuard {

    private OverwriteGuard() {}

    /** Checks a report/export target; returns the absolute path to write to, or throws with a calm sentence. */
    public static Path exportTarget(Path target, Path dataDir, boolean replaceAgreed) {
        return check(target, dataDir, null, replaceAgreed);
    }

    /** As {@link #exportTarget}, but a backup may also be written into {@code backupFolder}. */
    public static Path backupTarget(Path target, Path dataDir, Path backupFolder, boolean replaceAgreed) {
        return check(target, dataDir, backupFolder, replaceAgreed);
    }

    /** True when the file name is one that may hold a logbook's only copy (database, key slots or backup). */
    public static boolean isLogbookFileName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".mv.db") || lower.endsWith(Backups.SUFFIX)
                || lower.equals(KeySlotFile.FILE_NAME.toLowerCase(Locale.ROOT));
    }

    private static Path check(Path target, Path dataDir, Path allowedFolder, boolean replaceAgreed) {
        Path absolute = target.toAbsolutePath().normalize();
        Path real = realPath(absolute);
        if (Files.isDirectory(real)) {
            throw refused("The path " + absolute + " is a folder. Give a file name; nothing was written.");
        }
        boolean exists = Files.exists(absolute, LinkOption.NOFOLLOW_LINKS);
        if (exists && (isLogbookFileName(absolute) || isLogbookFileName(real))) {
            throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS, "The file " + absolute + " already"
                    + " exists and holds logbook data (a database, key slots or a backup), which is never replaced."
                    + " Choose another name; nothing was written.");
        }
        if (dataDir != null && inside(real, realPath(dataDir.toAbsolutePath().normalize()))
                && !(allowedFolder != null && inside(real, realPath(allowedFolder.toAbsolutePath().normalize())))) {
            throw refused("The file " + absolute + " is inside the logbook's own folder (" + dataDir.toAbsolutePath()
                    + "). Save it somewhere else; nothing was written.");
        }
        if (exists && !replaceAgreed) {
            throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS, "The file " + absolute
                    + " already exists. Choose a new name, or add --force to replace it; nothing was written.");
        }
        return absolute;
    }

    private static boolean inside(Path file, Path folder) {
        return file.startsWith(folder);
    }

    /**
     * The path with every symbolic link resolved: the whole path when it exists, else its nearest existing
     * ancestor's real path with the rest appended (a new file in a linked folder is still found inside it).
     */
    static Path realPath(Path absolute) {
        Path existing = absolute;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest);
        } catch (IOException e) {
            return absolute;
        }
    }

    private static LogbookException refused(String message) {
        return new LogbookException(LogbookException.Kind.INVALID_INPUT, message);
    }
}
