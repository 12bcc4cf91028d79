package org.helplinelogbook.ui.lock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.SignInDelay;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;

/** The locked screen: the same person unlocks with their password, which opens the logbook again. */
public final class LockViewModel {

    private final Path dataDir;
    private final String username;
    private final TaskRunner runner;
    private final Clock clock;
    private final Consumer<Logbook> onUnlocked;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int failures;
    private Instant waitUntil = Instant.EPOCH;

    public LockViewModel(Path dataDir, String username, TaskRunner runner, Clock clock, Consumer<Logbook> onUnlocked) {
        this.dataDir = dataDir;
        this.username = username;
        this.runner = runner;
        this.clock = clock;
        this.onUnlocked = onUnlocked;
        LogbookOpening.prewarmInBackground();
    }

    public void unlock(char[] password) {
        long wait = Duration.between(clock.instant(), waitUntil).toSeconds();
        if (busy.get() || wait > 0 || password.length == 0) {
            Arrays.fill(password, '\0');
            if (wait > 0) {
                message.set(Messages.get("login.wait", wait));
            }
            return;
        }
        busy.set(true);
        message.set(Messages.get("lock.unlocking"));
        runner.run(() -> {
            try {
                return LogbookOpening.open(dataDir, username, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, logbook -> {
            busy.set(false);
            message.set("");
            onUnlocked.accept(logbook);
        }, failure -> {
            busy.set(false);
            if (failure instanceof LogbookException e && e.kind() == LogbookException.Kind.AUTHENTICATION) {
                failures++;
                waitUntil = clock.instant().plusSeconds(SignInDelay.after(failures));
                message.set(Messages.get("lock.wrongPassword")); // only the password was asked for
                return;
            }
            message.set(UserMessages.describe(failure));
        });
    }

    /** What went wrong while locking (the draft or the backup on exit), shown until the person unlocks. */
    public void showNotices(List<String> problems) {
        notice.set(String.join("\n", problems));
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public String username() {
        return username;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
