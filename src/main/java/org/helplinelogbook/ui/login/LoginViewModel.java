package org.helplinelogbook.ui.login;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.DeskPasswordNeededException;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.SignInDelay;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;
import org.helplinelogbook.ui.common.WorkStatus;

/**
 * Sign-in. A wrong username or password gets one calm sentence and, after repeated failures, a growing wait
 * (0, 0, 2, 4, 8 … seconds, at most 60) during which the inputs are disabled. An account with a one-time
 * password changes it before the main window opens. Passwords arrive as char arrays and are wiped here.
 */
public final class LoginViewModel {

    private final Path dataDir;
    private final TaskRunner runner;
    private final Clock clock;
    private final Consumer<Logbook> onSignedIn;
    private final StringProperty username = new SimpleStringProperty("");
    /** Busy while signing in; its message is the one line: signing in, a problem, or the wait. */
    private final WorkStatus status = new WorkStatus();
    private final ReadOnlyIntegerWrapper waitSeconds = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper changingPassword = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper damaged = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper needsDeskPassword = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> newestBackup = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding inputsDisabled = Bindings.createBooleanBinding(
            () -> status.isBusy() || waitSeconds.get() > 0, status.busyProperty(), waitSeconds);
    private int failures;
    private Instant waitUntil = Instant.EPOCH;
    private Logbook pending;
    private String lastProblem = "";
    private boolean waiting;

    public LoginViewModel(Path dataDir, TaskRunner runner, Clock clock, Consumer<Logbook> onSignedIn) {
        this.dataDir = dataDir;
        this.runner = runner;
        this.clock = clock;
        this.onSignedIn = onSignedIn;
        this.needsDeskPassword.set(!DataFolder.deskPasswordKept(dataDir));
        this.restoreOffered = !DataFolder.isSharedDesk(dataDir);
    }

    /**
     * Whether "Restore a backup…" is offered: only for a logbook file on this computer. A shared logbook lives on the
     * server, whose administrator restores it (docs/several-desks.md); its desks keep no backups to restore.
     */
    public boolean restoreOffered() {
        return restoreOffered;
    }

    private final boolean restoreOffered;
    private Runnable whileSigningIn = () -> { };

    /**
     * Work for the UI thread while a sign-in runs in the background (the main window's warm-up, issue 17); run each
     * time Sign in starts an attempt, after the attempt has been handed to the background.
     */
    public void whileSigningIn(Runnable work) {
        this.whileSigningIn = work;
    }

    private Runnable afterOpening = () -> { };

    /**
     * Run in the background as soon as a sign-in has opened the logbook, before the UI thread is handed it: the
     * sign-in benchmark's timing mark, so the hand-over can be told apart from the open (docs/benchmarks.md).
     */
    public void afterOpening(Runnable inTheBackground) {
        this.afterOpening = inTheBackground;
    }

    public void signIn(char[] password) {
        signIn(password, null);
    }

    /**
     * @param deskPassword a shared logbook's database password when this desk has none kept or the server refused
     *     it ({@link #needsDeskPasswordProperty()}); kept for the desk once it works. Null otherwise. Wiped here.
     */
    public void signIn(char[] password, char[] deskPassword) {
        tick();
        if (inputsDisabled.get()) {
            Arrays.fill(password, '\0');
            wipe(deskPassword);
            return;
        }
        String user = username.get().strip();
        if (user.isEmpty() || password.length == 0 || (needsDeskPassword.get()
                && (deskPassword == null || deskPassword.length == 0))) {
            Arrays.fill(password, '\0');
            wipe(deskPassword);
            status.say(Messages.get("login.missing"));
            return;
        }
        status.setBusy(true);
        status.say(Messages.get("login.signingIn"));
        char[] desk = deskPassword == null || deskPassword.length == 0 ? null : deskPassword;
        runner.run(() -> {
            try {
                Logbook opened = LogbookOpening.open(dataDir, user, password, desk);
                readAhead(opened);
                afterOpening.run();
                return opened;
            } finally {
                Arrays.fill(password, '\0');
                wipe(deskPassword);
            }
        }, logbook -> {
            status.setBusy(false);
            failures = 0;
            needsDeskPassword.set(false);
            status.say("");
            if (logbook.mustChangePassword()) {
                pending = logbook;
                changingPassword.set(true);
            } else {
                onSignedIn.accept(logbook);
            }
        }, failure -> {
            status.setBusy(false);
            if (failure instanceof DeskPasswordNeededException) {
                needsDeskPassword.set(true); // the desk's password, not the person's: no growing wait for it
            } else if (failure instanceof LogbookException e && e.kind() == LogbookException.Kind.AUTHENTICATION) {
                failures++;
                waitUntil = clock.instant().plusSeconds(SignInDelay.after(failures));
            }
            lastProblem = UserMessages.describe(failure);
            if (failure instanceof LogbookException e && e.kind() == LogbookException.Kind.DAMAGED) {
                lastProblem = forTheWindow(lastProblem);
                offerRestore();
            }
            status.say(lastProblem);
            tick();
        });
        whileSigningIn.run();
    }

    /**
     * Reads the form's lists here, in the background, into the session's copy, so the main window's hand-over does not
     * wait for a query on the UI thread. A failure is left for the window's own read to meet and report as before.
     */
    private static void readAhead(Logbook opened) {
        try {
            opened.taxonomy();
        } catch (RuntimeException e) {
            // the window reads it again
        }
    }

    /**
     * The damaged-logbook message names the newest backup and the CLI restore command; in the window the command
     * is replaced by the button that does the same.
     */
    static String forTheWindow(String damagedMessage) {
        return damagedMessage
                .replaceAll(" Restore it into a new folder with: helpline-logbook restore .*? --user NAME\\.",
                        Matcher.quoteReplacement(" " + Messages.get("backup.login.useButton")))
                .replaceAll("; if you keep backups elsewhere, restore the newest into a new folder with:"
                        + " helpline-logbook restore FILE --data NEW_FOLDER --user NAME\\.",
                        Matcher.quoteReplacement(". " + Messages.get("backup.login.useButtonElsewhere")));
    }

    /**
     * The logbook is damaged: offer to restore the newest backup (from {@code <data>/backups}, the folder the
     * error message names) into a new folder. The damaged files are left exactly as they are.
     */
    private void offerRestore() {
        damaged.set(true);
        runner.run(() -> Backups.newest(Backups.defaultFolder(dataDir)).map(Backups.BackupInfo::file).orElse(null),
                newestBackup::set, failure -> newestBackup.set(null));
    }

    /** The one-time-password step: sets the new password, then opens the main window. */
    public void changePassword(char[] password, char[] confirm) {
        try {
            if (!Arrays.equals(password, confirm)) {
                status.say(Messages.get("password.mismatch"));
                return;
            }
            if (password.length < StaffAccount.MIN_PASSWORD_LENGTH) {
                status.say(Messages.get("password.tooShort"));
                return;
            }
        } finally {
            Arrays.fill(confirm, '\0');
        }
        if (pending == null) {
            Arrays.fill(password, '\0');
            return;
        }
        Logbook logbook = pending;
        status.setBusy(true);
        status.say("");
        runner.run(() -> {
            try {
                logbook.accounts().changeOwnPassword(password);
            } finally {
                Arrays.fill(password, '\0');
            }
            return logbook;
        }, done -> {
            status.setBusy(false);
            pending = null;
            changingPassword.set(false);
            onSignedIn.accept(done);
        }, failure -> {
            status.setBusy(false);
            status.say(UserMessages.describe(failure));
        });
    }

    /** Refreshes the countdown; the view calls it a few times a second while waiting. */
    public void tick() {
        long remaining = Duration.between(clock.instant(), waitUntil).toMillis();
        int seconds = remaining <= 0 ? 0 : (int) ((remaining + 999) / 1000);
        waitSeconds.set(seconds);
        if (seconds > 0) {
            waiting = true;
            status.say((lastProblem + " " + Messages.get("login.wait", seconds)).strip());
        } else if (waiting) {
            waiting = false;
            status.say(Messages.get("login.tryAgain"));
        }
    }

    /** Whether the sign-in also asks for this desk's database password (shared logbook, none kept or refused). */
    public ReadOnlyBooleanProperty needsDeskPasswordProperty() {
        return needsDeskPassword.getReadOnlyProperty();
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public WorkStatus status() {
        return status;
    }

    public ReadOnlyIntegerProperty waitSecondsProperty() {
        return waitSeconds.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changingPasswordProperty() {
        return changingPassword.getReadOnlyProperty();
    }

    /** True after sign-in failed because the logbook is damaged. */
    public ReadOnlyBooleanProperty damagedProperty() {
        return damaged.getReadOnlyProperty();
    }

    /** The newest readable backup in the data folder's backup folder, once the logbook was found damaged. */
    public ReadOnlyObjectProperty<Path> newestBackupProperty() {
        return newestBackup.getReadOnlyProperty();
    }

    public BooleanBinding inputsDisabledBinding() {
        return inputsDisabled;
    }

    public int failures() {
        return failures;
    }
}
