package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.storage.BackupFile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.StorageException;

/**
 * Backups of the open logbook: one file with the database and its key slots ({@link BackupFile}), made on demand,
 * daily and on exit, rotated by {@link Backups#rotate}. Made once per session ({@link SessionServices}) and given the
 * key and database it copies, so it never asks the session for them. Restoring, which needs no open logbook, is
 * {@link Backups#restore}.
 */
public final class BackupService {

    private final Path dataDir;
    private final Actor actor;
    private final ZoneId zone;
    private final SettingsService settings;
    private final AuditedWrites writes;
    private final Database database;
    private final DataKey key;
    private final boolean shared;

    /** @param shared whether several desks share this logbook on a server (its desks make no backup files) */
    BackupService(Path dataDir, Actor actor, ZoneId zone, SettingsService settings, AuditedWrites writes,
            Database database, DataKey key, boolean shared) {
        this.dataDir = dataDir;
        this.actor = actor;
        this.zone = zone;
        this.settings = settings;
        this.writes = writes;
        this.database = database;
        this.key = key;
        this.shared = shared;
    }

    /** The backup folder: the {@code backup_folder} setting, else {@code <data>/backups}. */
    public Path folder() {
        String setting = settings.get(LogbookSettings.BACKUP_FOLDER, "");
        return setting.isBlank() ? Backups.defaultFolder(dataDir) : Path.of(setting).toAbsolutePath();
    }

    /** A backup to a file of the caller's choosing (managers only); refuses to replace an existing file. */
    public Path create(Path out) {
        return create(out, false);
    }

    /**
     * A backup to a file of the caller's choosing (managers only), under {@link OverwriteGuard}'s rule: never in
     * the logbook's folder (but the backup folder is fine), never over a logbook, key slot or backup file, and
     * over any other existing file only when {@code replaceAgreed}.
     */
    public Path create(Path out, boolean replaceAgreed) {
        actor.requireManager("make a backup to a chosen file");
        Path target = OverwriteGuard.backupTarget(out, dataDir, folder(), replaceAgreed);
        write(target, "manual");
        return target;
    }

    /** The daily backup, if today's does not exist yet; then old ones are rotated out. */
    public Optional<Path> dailyIfDue(LocalDate today) {
        Path folder = folder();
        Path target = folder.resolve(Backups.autoName(today));
        if (Files.exists(target)) {
            return Optional.empty();
        }
        write(target, "daily");
        Backups.rotate(folder, today);
        return Optional.of(target);
    }

    /** The backup on exit or lock: replaces today's automatic backup with the current state, then rotates. */
    public Path onExit() {
        LocalDate today = LocalDate.now(zone);
        Path folder = folder();
        Path target = folder.resolve(Backups.autoName(today));
        write(target, "exit");
        Backups.rotate(folder, today);
        return target;
    }

    /**
     * Writes the backup: the key slots as they are on disk first, then the database copy. In that order the audit
     * anchor in the copied key slots can only be behind the copied database, never ahead of it, so the copy's
     * audit chain verifies. Temporary files hold only encrypted data and are removed in any case.
     */
    private void write(Path target, String kind) {
        refuseShared(); // before the audit entry: no entry for a backup that is not attempted
        writes.record(AuditActions.BACKUP, null, null, kind);
        Path folder = target.getParent();
        Path zip = folder.resolve("." + target.getFileName() + ".zip.part");
        Path part = folder.resolve("." + target.getFileName() + ".part");
        try {
            DataFolder.ensureExists(folder);
            Files.deleteIfExists(zip);
            Files.deleteIfExists(part);
            byte[] slots = Files.readAllBytes(dataDir.resolve(KeySlotFile.FILE_NAME));
            Instant created = Instant.now();
            database.backupTo(zip);
            BackupFile.write(part, created, slots, zip, key);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Backups.forceDirectory(folder);
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The backup could not be written to " + folder
                    + " (is the disk full, or the folder read-only or missing?). The logbook itself is unchanged.");
        } catch (StorageException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The backup could not be written to " + folder
                    + ": " + e.getMessage() + " The logbook itself is unchanged.");
        } finally {
            Backups.deleteQuietly(zip);
            Backups.deleteQuietly(part);
        }
    }

    private void refuseShared() {
        if (shared) {
            throw new LogbookException(LogbookException.Kind.NOT_ALLOWED, Backups.SHARED_ADVICE);
        }
    }
}
