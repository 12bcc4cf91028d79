package org.helplinelogbook.logbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;
import org.helplinelogbook.domain.ContactRepository;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotException;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.SlotKeys;
import org.helplinelogbook.security.UnlockFailedException;
import org.helplinelogbook.storage.BackupFile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.H2Backup;
import org.helplinelogbook.storage.OwnerOnlyFiles;
import org.helplinelogbook.storage.StorageException;

/**
 * Encrypted backups: one file with the database and its key slots ({@link BackupFile}), made on demand, daily and
 * on exit, kept 14 daily plus 8 weekly; and restore into a new folder, checked before and after. A restore never
 * writes into a folder that holds a logbook, so a live or damaged logbook is never overwritten.
 */
public final class Backups {

    public static final String SUFFIX = ".hlbk";
    static final String AUTO_PREFIX = "logbook-";
    static final int KEEP_DAILY = 14;
    static final int KEEP_WEEKLY = 8;
    /** en-GB, as everywhere the app writes a date for people ("3 Dec 2026 at 22:35"), whatever the system locale. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    /** A backup file and when it was made (from its header). */
    public record BackupInfo(Path file, Instant created) {}

    /**
     * A successful restore: where, the row count of every table after a full read (for the command line and
     * checks), and what the logbook holds in a manager's terms ({@code contents}).
     */
    public record Restored(Path dataDir, SortedMap<String, Long> rowCounts, Contents contents) {}

    /**
     * What a restored backup holds, as a manager knows it (never the internal tables): when the backup was made,
     * the contacts and the days they span ({@code firstContact}/{@code lastContact} null when there are none), the
     * staff accounts, the campaigns and the audit log's entries.
     */
    public record Contents(Instant made, long contacts, LocalDate firstContact, LocalDate lastContact, long accounts,
            long campaigns, long auditEntries) {}

    private Backups() {}

    // ---- Making backups

    /** The backup folder: the {@code backup_folder} setting, else {@code <data>/backups}. */
    public static Path folder(Logbook logbook) {
        String setting = logbook.settings().get(LogbookSettings.BACKUP_FOLDER, "");
        return setting.isBlank() ? defaultFolder(logbook.dataDir()) : Path.of(setting).toAbsolutePath();
    }

    public static Path defaultFolder(Path dataDir) {
        return dataDir.resolve("backups");
    }

    /** A backup to a file of the caller's choosing (managers only); refuses to replace an existing file. */
    public static Path create(Logbook logbook, Path out) {
        return create(logbook, out, false);
    }

    /**
     * A backup to a file of the caller's choosing (managers only), under {@link OverwriteGuard}'s rule: never in
     * the logbook's folder (but the backup folder is fine), never over a logbook, key slot or backup file, and
     * over any other existing file only when {@code replaceAgreed}.
     */
    public static Path create(Logbook logbook, Path out, boolean replaceAgreed) {
        logbook.actor().requireManager("make a backup to a chosen file");
        Path target = OverwriteGuard.backupTarget(out, logbook.dataDir(), folder(logbook), replaceAgreed);
        write(logbook, target, "manual");
        return target;
    }

    /** The daily backup, if today's does not exist yet; then old ones are rotated out. */
    public static Optional<Path> dailyIfDue(Logbook logbook, LocalDate today) {
        Path folder = folder(logbook);
        Path target = folder.resolve(autoName(today));
        if (Files.exists(target)) {
            return Optional.empty();
        }
        write(logbook, target, "daily");
        rotate(folder, today);
        return Optional.of(target);
    }

    /** The backup on exit or lock: replaces today's automatic backup with the current state, then rotates. */
    public static Path onExit(Logbook logbook) {
        LocalDate today = LocalDate.now(logbook.zone());
        Path folder = folder(logbook);
        Path target = folder.resolve(autoName(today));
        write(logbook, target, "exit");
        rotate(folder, today);
        return target;
    }

    static String autoName(LocalDate day) {
        return AUTO_PREFIX + day + SUFFIX;
    }

    /**
     * Writes the backup: the key slots as they are on disk first, then the database copy. In that order the audit
     * anchor in the copied key slots can only be behind the copied database, never ahead of it, so the copy's
     * audit chain verifies. Temporary files hold only encrypted data and are removed in any case.
     */
    private static void write(Logbook logbook, Path target, String kind) {
        refuseShared(logbook); // before the audit entry: no entry for a backup that is not attempted
        logbook.record(AuditActions.BACKUP, null, null, kind);
        Path folder = target.getParent();
        Path zip = folder.resolve("." + target.getFileName() + ".zip.part");
        Path part = folder.resolve("." + target.getFileName() + ".part");
        try {
            DataFolder.ensureExists(folder);
            Files.deleteIfExists(zip);
            Files.deleteIfExists(part);
            byte[] slots = Files.readAllBytes(logbook.dataDir().resolve(KeySlotFile.FILE_NAME));
            Instant created = Instant.now();
            logbook.database().backupTo(zip);
            BackupFile.write(part, created, slots, zip, logbook.key());
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory(folder);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The backup could not be written to " + folder
                    + " (is the disk full, or the folder read-only or missing?). The logbook itself is unchanged.");
        } catch (StorageException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The backup could not be written to " + folder
                    + ": " + e.getMessage() + " The logbook itself is unchanged.");
        } finally {
            deleteQuietly(zip);
            deleteQuietly(part);
        }
    }

    /** What a desk of a shared logbook says instead of making a backup file. */
    public static final String SHARED_ADVICE = "This desk uses the logbook on the office server, so it makes no"
            + " backup files: the server's database is backed up there (see docs/several-desks.md, \"Backups on the"
            + " server\").";

    private static void refuseShared(Logbook logbook) {
        if (logbook.isShared()) {
            throw new LogbookException(LogbookException.Kind.NOT_ALLOWED, SHARED_ADVICE);
        }
    }

    // ---- Rotation

    /** Deletes automatic backups that {@link #keep} does not keep; returns the deleted files. Other files are never touched. */
    public static List<Path> rotate(Path folder, LocalDate today) {
        TreeMap<LocalDate, Path> auto = new TreeMap<>();
        for (Path file : list(folder)) {
            autoDate(file).ifPresent(day -> auto.put(day, file));
        }
        Set<LocalDate> keep = keep(auto.keySet(), today);
        List<Path> deleted = new ArrayList<>();
        auto.forEach((day, file) -> {
            if (!keep.contains(day)) {
                try {
                    Files.deleteIfExists(file);
                    deleted.add(file);
                } catch (IOException ignored) {
                    // kept for now; the next rotation tries again
                }
            }
        });
        return deleted;
    }

    /**
     * Which daily backups to keep on {@code today}: the {@value #KEEP_DAILY} newest, plus the newest of each of the
     * {@value #KEEP_WEEKLY} newest weeks (Monday to Sunday) that have one, plus any dated after today (a clock
     * that was wrong is no reason to delete). Counting backups rather than calendar days means a helpline closed for
     * a month still has its last backups when it opens again.
     */
    static Set<LocalDate> keep(Collection<LocalDate> days, LocalDate today) {
        TreeSet<LocalDate> past = new TreeSet<>(Comparator.reverseOrder());
        Set<LocalDate> keep = new TreeSet<>();
        for (LocalDate day : days) {
            if (day.isAfter(today)) {
                keep.add(day);
            } else {
                past.add(day);
            }
        }
        past.stream().limit(KEEP_DAILY).forEach(keep::add);
        Set<LocalDate> weeks = new TreeSet<>();
        for (LocalDate day : past) { // newest first, so the first of each week is its newest
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (weeks.size() < KEEP_WEEKLY && weeks.add(monday)) {
                keep.add(day);
            }
        }
        return keep;
    }

    static Optional<LocalDate> autoDate(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(AUTO_PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(name.substring(AUTO_PREFIX.length(), name.length() - SUFFIX.length())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // ---- Finding backups

    /** The most recently made readable backup in {@code folder}, by the time in its header. */
    public static Optional<BackupInfo> newest(Path folder) {
        BackupInfo best = null;
        for (Path file : list(folder)) {
            try {
                BackupInfo info = new BackupInfo(file, BackupFile.readHeader(file).created());
                if (best == null || info.created().isAfter(best.created())) {
                    best = info;
                }
            } catch (StorageException unreadable) {
                // a damaged or partial file is not offered for restore
            }
        }
        return Optional.ofNullable(best);
    }

    /** What to say when the logbook in {@code dataDir} is damaged: where the newest backup is and how to restore it. */
    static String damagedAdvice(Path dataDir) {
        Path folder = defaultFolder(dataDir);
        return newest(folder).map(b -> {
            Path shown = b.file().startsWith(dataDir) ? dataDir.relativize(b.file()) : b.file();
            return " The newest backup is from " + SHOWN.format(b.created().atZone(ZoneId.systemDefault())) + " ("
                    + shown + "). Restore it into a new folder with: helpline-logbook restore " + b.file()
                    + " --data NEW_FOLDER --user NAME. The damaged file has been left as it is.";
        }).orElse(" No backup was found in " + folder + "; if you keep backups elsewhere, restore the newest into a"
                + " new folder with: helpline-logbook restore FILE --data NEW_FOLDER --user NAME."
                + " The damaged file has been left as it is.");
    }

    private static List<Path> list(Path folder) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : stream) {
                if (!file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            return files;
        }
        return files;
    }

    // ---- Restoring

    /**
     * Restores {@code backup} into {@code newDir} (which must not hold a logbook) with a password that was valid
     * when the backup was made. For the desktop's "Restore from backup…": {@code progress} goes from 0 to 1.
     * The file's MAC is checked before anything is written; afterwards every row is read and the audit chain
     * verified. On any failure the files this restore wrote are removed again and the backup is untouched.
     */
    public static Restored restore(Path backup, Path newDir, String username, char[] password, DoubleConsumer progress) {
        return restore(backup, newDir, slots -> slots.unlockWithKeys(username, password), username, progress);
    }

    /** As {@link #restore(Path, Path, String, char[], DoubleConsumer)}, with the printed recovery key. */
    public static Restored restoreWithRecoveryKey(Path backup, Path newDir, String recoveryKey, DoubleConsumer progress) {
        return restore(backup, newDir, slots -> slots.unlockWithRecoveryKeyAndKeys(recoveryKey), null, progress);
    }

    private static Restored restore(Path backup, Path newDir, LogbookOpening.Unlocker unlocker, String username,
            DoubleConsumer progress) {
        Path dir = newDir.toAbsolutePath();
        refuseExisting(dir);
        progress.accept(0);
        BackupFile.Header header = readHeader(backup);
        DataKey key;
        try {
            KeySlotFile.Unlocked unlocked = unlocker.unlock(KeySlotFile.fromBytes(dir, header.keySlots()));
            unlocked.keys().wipe(); // the restore only checks the copy; note keys are not needed
            key = unlocked.dataKey();
        } catch (UnlockFailedException e) {
            throw new LogbookException(LogbookException.Kind.AUTHENTICATION, username == null ? e.getMessage()
                    : "The username or password is not right for this backup. Use a password that was valid when"
                            + " the backup was made, or the recovery key.");
        } catch (KeySlotException e) {
            throw damaged(backup, "its key slots are damaged");
        }
        List<Path> written = new ArrayList<>();
        try {
            verify(backup, key, p -> progress.accept(0.05 + 0.45 * p));
            writeFiles(backup, header, dir, written);
            progress.accept(0.8);
            byte[] raw = key.bytes();
            Logbook restored;
            try {
                restored = LogbookOpening.unlock(dir, slots -> new KeySlotFile.Unlocked(DataKey.of(raw),
                        SlotKeys.NONE), username);
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
            try (restored) {
                SortedMap<String, Long> counts = restored.database().readEveryRow();
                List<String> problems = restored.verification().verifyAudit();
                if (!problems.isEmpty()) {
                    throw damaged(backup, "its audit log does not verify (" + String.join("; ", problems) + ")");
                }
                restored.record(AuditActions.RESTORE, null, null, null);
                var span = restored.store().read(r -> r.contacts().dateSpan());
                Contents contents = new Contents(header.created(), counts.getOrDefault("contact", 0L),
                        span.map(ContactRepository.DateSpan::first).orElse(null),
                        span.map(ContactRepository.DateSpan::last).orElse(null), counts.getOrDefault("staff", 0L),
                        counts.getOrDefault("campaign", 0L), counts.getOrDefault("audit_entry", 0L));
                progress.accept(1);
                return new Restored(dir, counts, contents);
            }
        } catch (RuntimeException e) {
            written.forEach(Backups::deleteQuietly);
            throw e;
        } finally {
            key.destroy();
        }
    }

    /** The backup's header; a file that is no complete backup is DAMAGED, an unreadable one MISSING. */
    private static BackupFile.Header readHeader(Path backup) {
        try {
            return BackupFile.readHeader(backup);
        } catch (StorageException e) {
            throw LogbookException.of(e);
        }
    }

    private static void verify(Path backup, DataKey key, DoubleConsumer progress) {
        try {
            BackupFile.verify(backup, key, progress);
        } catch (StorageException e) {
            throw LogbookException.of(e);
        }
    }

    private static LogbookException damaged(Path backup, String why) {
        return LogbookException.of(BackupFile.damaged(backup, why));
    }

    private static void refuseExisting(Path dir) {
        if (DataFolder.holdsLogbook(dir)) {
            throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS, "The folder " + dir
                    + " already holds a logbook. Restore into a new, empty folder; nothing was changed.");
        }
    }

    /** Writes the database and key slots into {@code dir} under the single-writer lock, each forced to disk. */
    private static void writeFiles(Path backup, BackupFile.Header header, Path dir, List<Path> written) {
        try {
            DataFolder.ensureExists(dir);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The folder " + dir + " cannot be created.");
        }
        try (LogbookLock lock = LogbookLock.acquire(dir)) {
            refuseExisting(dir);
            written.add(Database.h2File(dir));
            try (InputStream zip = BackupFile.zip(backup, header)) {
                H2Backup.extract(zip, dir);
            }
            Path slots = dir.resolve(KeySlotFile.FILE_NAME);
            written.add(slots);
            try (FileChannel out = FileChannel.open(slots, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    OwnerOnlyFiles.attributes())) {
                out.write(ByteBuffer.wrap(header.keySlots()));
                out.force(true);
            }
            forceDirectory(dir);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The backup could not be restored into " + dir
                    + " (is the disk full or the folder read-only?). The backup itself is unchanged.");
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: Windows cannot open a folder as a channel
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file holds only encrypted data
        }
    }
}
