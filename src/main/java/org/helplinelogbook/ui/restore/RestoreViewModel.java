package org.helplinelogbook.ui.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.WorkStatus;
import org.helplinelogbook.ui.common.UserMessages;

/**
 * "Restore a backup into a new folder": the backup file, an empty new folder (never one that holds a logbook),
 * then a password that was valid when the backup was made, or the recovery key. Progress comes from
 * {@link Backups#restore}; on success the verified row counts are shown and the restored logbook can be opened.
 * Secrets arrive as char arrays and are wiped here.
 */
public final class RestoreViewModel {

    /** en-GB whatever the system locale, as everywhere the app writes a date for people. */
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final TaskRunner runner;
    private final Consumer<Path> onOpen;
    private final ObjectProperty<Path> backupFile = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> targetFolder = new SimpleObjectProperty<>();
    private final StringProperty username = new SimpleStringProperty("");
    private final BooleanProperty useRecoveryKey = new SimpleBooleanProperty(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    /** Busy while restoring; its message is the one line: what is missing, working, done, or why not. */
    private final WorkStatus status = new WorkStatus();
    private final ReadOnlyObjectWrapper<Path> restoredDir = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> counts = FXCollections.observableArrayList();

    /** {@code onOpen} switches the app to the restored data folder and shows the sign-in. */
    public RestoreViewModel(TaskRunner runner, Consumer<Path> onOpen) {
        this.runner = runner;
        this.onOpen = onOpen;
    }

    /** Pre-fills the backup (the newest one, when the logbook is damaged). */
    public void chooseBackup(Path file) {
        backupFile.set(file);
        status.say("");
    }

    /** Takes the chosen folder and checks it in the background: it must be new or empty. */
    public void chooseFolder(Path folder) {
        targetFolder.set(folder);
        status.say("");
        if (folder == null) {
            return;
        }
        runner.run(() -> folderProblem(folder), problem -> {
            if (folder.equals(targetFolder.get())) {
                status.say(problem == null ? "" : problem);
            }
        }, failure -> status.say(UserMessages.describe(failure)));
    }

    /**
     * Why {@code folder} cannot take a restore, or null when it can: it must not hold a logbook (a live or damaged
     * logbook is never overwritten) and must be empty, so nothing else gets mixed into the new logbook's folder.
     */
    static String folderProblem(Path folder) {
        if (DataFolder.holdsLogbook(folder)) {
            return Messages.get("backup.restore.folderHasLogbook");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Messages.get("backup.restore.folderNotFolder");
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return Messages.get("backup.restore.folderNotEmpty");
                }
            } catch (IOException e) {
                return Messages.get("backup.restore.folderUnreadable");
            }
        }
        return null;
    }

    /** Restores with {@code secret}: the password for {@link #usernameProperty()}, or the recovery key. */
    public void restore(char[] secret) {
        if (status.isBusy() || done.get()) {
            Arrays.fill(secret, '\0');
            return;
        }
        Path backup = backupFile.get();
        Path folder = targetFolder.get();
        String user = username.get().strip();
        boolean withKey = useRecoveryKey.get();
        String missing = backup == null ? "backup.restore.chooseBackup"
                : folder == null ? "backup.restore.chooseFolder"
                : secret.length == 0 || (!withKey && user.isEmpty())
                        ? (withKey ? "backup.restore.missingKey" : "backup.restore.missingPassword") : null;
        if (missing != null) {
            Arrays.fill(secret, '\0');
            status.say(Messages.get(missing));
            return;
        }
        status.setBusy(true);
        progress.set(0);
        counts.clear();
        status.say(Messages.get("backup.restore.working"));
        runner.run(() -> {
            try {
                String problem = folderProblem(folder);
                if (problem != null) {
                    throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS, problem);
                }
                if (!Files.isRegularFile(backup)) {
                    throw new LogbookException(LogbookException.Kind.MISSING,
                            Messages.get("backup.restore.noFile", backup.getFileName()));
                }
                if (withKey) {
                    return Backups.restoreWithRecoveryKey(backup, folder, new String(secret).strip(), this::report);
                }
                return Backups.restore(backup, folder, user, secret, this::report);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, restored -> {
            status.setBusy(false);
            progress.set(1);
            counts.setAll(describe(restored.contents(), ZoneId.systemDefault()));
            restoredDir.set(restored.dataDir());
            done.set(true);
            status.say(Messages.get("backup.restore.done", restored.dataDir()));
        }, failure -> {
            status.setBusy(false);
            progress.set(0);
            status.say(UserMessages.describe(failure));
        });
    }

    /** Called on the restore's thread; the runner hands each value to the UI thread. */
    private void report(double value) {
        runner.post(() -> progress.set(Math.max(progress.get(), Math.min(1, value))));
    }

    /**
     * What the backup held, in a manager's terms: when it was made, the contacts and the days they span, the
     * accounts, campaigns and audit log entries. Never the internal tables (key slots, schema history, ...).
     */
    static List<String> describe(Backups.Contents contents, ZoneId zone) {
        NumberFormat number = NumberFormat.getIntegerInstance(Messages.LOCALE);
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("backup.contents.made", MADE.format(contents.made().atZone(zone))));
        String contacts = number.format(contents.contacts());
        if (contents.contacts() == 0 || contents.firstContact() == null) {
            lines.add(Messages.get("backup.contents.noContacts"));
        } else if (contents.firstContact().equals(contents.lastContact())) {
            lines.add(Messages.get("backup.contents.contactsOneDay", contacts, DAY.format(contents.firstContact())));
        } else {
            lines.add(Messages.get("backup.contents.contacts", contacts, DAY.format(contents.firstContact()),
                    DAY.format(contents.lastContact())));
        }
        lines.add(Messages.get("backup.contents.accounts", number.format(contents.accounts())));
        lines.add(Messages.get("backup.contents.campaigns", number.format(contents.campaigns())));
        lines.add(Messages.get("backup.contents.audit", number.format(contents.auditEntries())));
        return lines;
    }

    /** Switches the app to the restored logbook (after a successful restore). */
    public void openRestored() {
        if (restoredDir.get() != null) {
            onOpen.accept(restoredDir.get());
        }
    }

    public ObjectProperty<Path> backupFileProperty() {
        return backupFile;
    }

    public ObjectProperty<Path> targetFolderProperty() {
        return targetFolder;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public BooleanProperty useRecoveryKeyProperty() {
        return useRecoveryKey;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public WorkStatus status() {
        return status;
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> restoredDirProperty() {
        return restoredDir.getReadOnlyProperty();
    }

    public ObservableList<String> counts() {
        return counts;
    }
}
