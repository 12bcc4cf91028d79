package org.helplinelogbook.ui.lock;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.SignInDelay;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;
import org.helplinelogbook.ui.common.WorkStatus;

/** The locked screen: the same person unlocks with their password, which opens the logbook again. */
public final class LockViewModel {

    private final Path dataDir;
    private final String username;
    private final TaskRunner runner;
    private final Clock clock;
    private final Consumer<Logbook> onUnlocked;
    /** Busy while unlocking; its message is the one line: unlocking, a problem, or the wait. */
    private final WorkStatus status = new WorkStatus();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
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
        if (status.isBusy() || wait > 0 || password.length == 0) {
            Arrays.fill(password, '\0');
            if (wait > 0) {
                status.say(Messages.get("login.wait", wait));
            }
            return;
        }
        status.setBusy(true);
        status.say(Messages.get("lock.unlocking"));
        runner.run(() -> {
            try {
                return LogbookOpening.open(dataDir, username, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, logbook -> {
            status.setBusy(false);
            status.say("");
            onUnlocked.accept(logbook);
        }, failure -> {
            status.setBusy(false);
            if (failure instanceof LogbookException e && e.kind() == LogbookException.Kind.AUTHENTICATION) {
                failures++;
                waitUntil = clock.instant().plusSeconds(SignInDelay.after(failures));
                status.say(Messages.get("lock.wrongPassword")); // only the password was asked for
                return;
            }
            status.say(UserMessages.describe(failure));
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

    public WorkStatus status() {
        return status;
    }
}
