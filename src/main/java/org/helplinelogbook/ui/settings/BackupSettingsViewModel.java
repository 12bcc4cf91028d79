package org.helplinelogbook.ui.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.ServerBackups;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.OneLineStatus;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;

/**
 * Settings → Backups (managers): where backups go (setting {@code backup_folder}, checked to exist and take a
 * file before it is saved), "Back up now", and the newest backup. All file work runs on the task runner.
 */
public final class BackupSettingsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Messages.LOCALE);
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Logbook logbook;
    private final TaskRunner runner;
    private final Clock clock;
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper newest = new ReadOnlyStringWrapper("");
    private final OneLineStatus status = new OneLineStatus();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper backingUp = new ReadOnlyBooleanWrapper(false);

    public BackupSettingsViewModel(Logbook logbook, TaskRunner runner, Clock clock) {
        this.logbook = logbook;
        this.runner = runner;
        this.clock = clock;
    }

    private record State(Path folder, Optional<Backups.BackupInfo> newest, Optional<Instant> server) {}

    /** Whether this is a desk of a logbook shared on a server: no backup files, the server's backup instead. */
    public boolean isShared() {
        return logbook.isShared();
    }

    private State read() {
        if (logbook.isShared()) {
            return new State(null, Optional.empty(), logbook.serverBackups().lastKnown());
        }
        Path where = Backups.folder(logbook);
        return new State(where, Backups.newest(where), Optional.empty());
    }

    private void show(State state) {
        if (state.folder() == null) {
            Instant now = clock.instant();
            newest.set(state.server().map(t -> Messages.get("backup.server.lastIs",
                    WHEN.format(t.atZone(logbook.zone())), ServerBackups.age(t, now)))
                    .orElse(Messages.get("backup.server.noneYet")));
            return;
        }
        folder.set(state.folder().toString());
        newest.set(state.newest().map(b -> Messages.get("backup.settings.newestIs",
                WHEN.format(b.created().atZone(logbook.zone())), b.file().getFileName()))
                .orElse(Messages.get("backup.settings.noneYet")));
    }

    public void load() {
        busy.set(true);
        runner.run(this::read, state -> {
            busy.set(false);
            show(state);
        }, this::failed);
    }

    /**
     * Stores {@code chosen} as the backup folder once it exists and a file can be written there (a USB stick that
     * is read-only or unplugged is refused with a calm sentence and nothing is changed).
     */
    public void chooseFolder(Path chosen) {
        if (chosen == null || busy.get()) {
            return;
        }
        busy.set(true);
        setStatus("", false);
        Path target = chosen.toAbsolutePath();
        runner.run(() -> {
            String why = folderProblem(target);
            if (why != null) {
                return Optional.of(why);
            }
            logbook.settings().change(LogbookSettings.BACKUP_FOLDER, target.toString());
            return Optional.<String>empty();
        }, refused -> {
            busy.set(false);
            if (refused.isPresent()) {
                setStatus(refused.get(), true);
            } else {
                setStatus(Messages.get("backup.settings.folderSaved"), false);
                load();
            }
        }, this::failed);
    }

    /** Why {@code folder} cannot hold backups, or null when it can: it must exist and take a new file. */
    static String folderProblem(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Messages.get("backup.settings.folderMissing", folder);
        }
        Path probe = folder.resolve(".helpline-logbook-write-check");
        try {
            Files.deleteIfExists(probe);
            Files.write(probe, new byte[] {1});
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // nothing was written
            }
            return Messages.get("backup.settings.folderNotWritable", folder);
        }
    }

    /** "Back up now": a new file in the backup folder that rotation never deletes. */
    public void backUpNow() {
        if (busy.get()) {
            return;
        }
        if (logbook.isShared()) {
            recordServerBackup();
            return;
        }
        busy.set(true);
        backingUp.set(true);
        setStatus(Messages.get("backup.settings.working"), false);
        runner.run(() -> {
            Path where = Backups.folder(logbook);
            String why = Files.isDirectory(where) || where.equals(Backups.defaultFolder(logbook.dataDir()))
                    ? null : Messages.get("backup.settings.folderMissing", where);
            if (why != null) {
                return new Made(null, why, read());
            }
            String stamp = FILE_STAMP.format(ZonedDateTime.now(clock.withZone(logbook.zone())));
            Path file = Backups.create(logbook, where.resolve("backup-" + stamp + Backups.SUFFIX));
            return new Made(file, null, read());
        }, made -> {
            busy.set(false);
            backingUp.set(false);
            show(made.state());
            if (made.file() == null) {
                setStatus(made.problem(), true);
            } else {
                setStatus(Messages.get("backup.settings.done", made.file().getFileName(),
                        TIME.format(ZonedDateTime.now(clock.withZone(logbook.zone())))), false);
            }
        }, failure -> {
            backingUp.set(false);
            failed(failure);
        });
    }

    /** A shared logbook: the manager confirms the server's backup was made today (audited). */
    private void recordServerBackup() {
        busy.set(true);
        runner.run(() -> {
            logbook.serverBackups().recordMade(clock.instant());
            return read();
        }, state -> {
            busy.set(false);
            show(state);
            setStatus(Messages.get("backup.server.recorded"), false);
        }, this::failed);
    }

    private record Made(Path file, String problem, State state) {}

    private void failed(Throwable failure) {
        busy.set(false);
        setStatus(UserMessages.describe(failure), true);
    }

    private void setStatus(String text, boolean isProblem) {
        status.show(text, isProblem);
    }

    /** The folder backups go to now. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** "The newest backup was made on …" or "No backup yet". */
    public ReadOnlyStringProperty newestProperty() {
        return newest.getReadOnlyProperty();
    }

    /** What the last backup, folder choice or check came to; a problem is shown in the warning colour. */
    public OneLineStatus status() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while "Back up now" runs (the progress indicator). */
    public ReadOnlyBooleanProperty backingUpProperty() {
        return backingUp.getReadOnlyProperty();
    }
}
