package org.helplinelogbook.ui.setup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;
import org.helplinelogbook.ui.common.WorkStatus;

/**
 * First run: the first manager account, the recovery key shown once (and retyped in part, so it was really
 * written down), then demo data or an empty logbook.
 */
public final class SetupViewModel {

    /** JOIN: this computer becomes a desk of an office logbook on a server instead (then the sign-in screen). */
    public enum Step { ACCOUNT, RECOVERY_KEY, START, JOIN }

    public static final int DEMO_CONTACTS = 2_000;

    private final Path dataDir;
    private final TaskRunner runner;
    private final Consumer<Logbook> onFinished;
    private final Runnable onJoined;
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty caCertificate = new SimpleStringProperty("");
    private final ObservableList<String> zones = FXCollections.observableArrayList();
    private final StringProperty username = new SimpleStringProperty("");
    private final ObjectProperty<String> zone = new SimpleObjectProperty<>(ZoneId.systemDefault().getId());
    private final StringProperty retyped = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.ACCOUNT);
    private final ReadOnlyStringWrapper recoveryKey = new ReadOnlyStringWrapper("");
    /** Busy while creating, joining or loading; its message is the one line: what is under way, or what is wrong. */
    private final WorkStatus status = new WorkStatus();
    private final BooleanBinding keyConfirmed;
    private Logbook logbook;

    public SetupViewModel(Path dataDir, TaskRunner runner, Consumer<Logbook> onFinished) {
        this(dataDir, runner, onFinished, () -> { });
    }

    /** @param onJoined after this computer joined an office logbook: show the sign-in screen */
    public SetupViewModel(Path dataDir, TaskRunner runner, Consumer<Logbook> onFinished, Runnable onJoined) {
        this.dataDir = dataDir;
        this.runner = runner;
        this.onFinished = onFinished;
        this.onJoined = onJoined;
        ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().forEach(zones::add);
        if (!zones.contains(zone.get())) {
            zones.add(0, zone.get());
        }
        keyConfirmed = Bindings.createBooleanBinding(() -> !recoveryKey.get().isEmpty()
                && normalise(retyped.get()).equals(normalise(lastTwoGroups(recoveryKey.get()))), retyped, recoveryKey);
    }

    static String lastTwoGroups(String key) {
        String[] groups = key.split("-");
        return groups.length < 2 ? key : groups[groups.length - 2] + "-" + groups[groups.length - 1];
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public void create(char[] password, char[] confirm) {
        try {
            String user = username.get().strip();
            if (!StaffAccount.isValidUsername(user)) {
                status.say(Messages.get("setup.username.invalid"));
                return;
            }
            if (password.length < StaffAccount.MIN_PASSWORD_LENGTH) {
                status.say(Messages.get("password.tooShort"));
                return;
            }
            if (!Arrays.equals(password, confirm)) {
                status.say(Messages.get("password.mismatch"));
                return;
            }
            ZoneId zoneId = ZoneId.of(zone.get() == null ? ZoneId.systemDefault().getId() : zone.get());
            char[] copy = password.clone();
            status.setBusy(true);
            status.say(Messages.get("setup.creating"));
            runner.run(() -> {
                try {
                    return LogbookSetup.create(dataDir, user, copy, zoneId);
                } finally {
                    Arrays.fill(copy, '\0');
                }
            }, created -> {
                status.setBusy(false);
                status.say("");
                logbook = created.logbook();
                recoveryKey.set(created.recoveryKey());
                step.set(Step.RECOVERY_KEY);
            }, failure -> {
                status.setBusy(false);
                status.say(UserMessages.describe(failure));
            });
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(confirm, '\0');
        }
    }

    /** "Join an office logbook on a server instead…" */
    public void showJoin() {
        status.say("");
        step.set(Step.JOIN);
    }

    /** Back from joining to creating a logbook on this computer. */
    public void showCreate() {
        status.say("");
        step.set(Step.ACCOUNT);
    }

    /**
     * Makes this computer a desk of the office logbook on the server: checks the address, the certificate and the
     * desk's database password against the server, and keeps the password for the desk (docs/several-desks.md).
     */
    public void join(char[] dbPassword) {
        String url = serverUrl.get() == null ? "" : serverUrl.get().strip();
        String ca = caCertificate.get() == null ? "" : caCertificate.get().strip();
        if (url.isEmpty() || dbPassword.length == 0) {
            Arrays.fill(dbPassword, '\0');
            status.say(Messages.get("setup.join.missing"));
            return;
        }
        status.setBusy(true);
        status.say(Messages.get("setup.join.joining"));
        runner.run(() -> {
            try {
                return LogbookSetup.joinShared(dataDir, url, ca.isEmpty() ? null : Path.of(ca), dbPassword);
            } finally {
                Arrays.fill(dbPassword, '\0');
            }
        }, kept -> {
            status.setBusy(false);
            status.say("");
            onJoined.run();
        }, failure -> {
            status.setBusy(false);
            status.say(UserMessages.describe(failure));
        });
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty caCertificateProperty() {
        return caCertificate;
    }

    /** After the key was retyped: forgets it and moves on to the start choice. */
    public void keyWrittenDown() {
        if (!keyConfirmed.get()) {
            status.say(Messages.get("setup.key.retype.wrong"));
            return;
        }
        recoveryKey.set("");
        retyped.set("");
        status.say("");
        step.set(Step.START);
    }

    public void loadDemoData() {
        status.setBusy(true);
        status.say(Messages.get("setup.demo.loading", DEMO_CONTACTS));
        runner.run(() -> logbook.demo().generate(DEMO_CONTACTS, System.nanoTime(), n -> { }), n -> {
            status.setBusy(false);
            finish();
        }, failure -> {
            status.setBusy(false);
            status.say(UserMessages.describe(failure));
        });
    }

    public void startEmpty() {
        finish();
    }

    private void finish() {
        status.say("");
        onFinished.accept(logbook);
    }

    public ObservableList<String> zones() {
        return zones;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public ObjectProperty<String> zoneProperty() {
        return zone;
    }

    public StringProperty retypedProperty() {
        return retyped;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recoveryKeyProperty() {
        return recoveryKey.getReadOnlyProperty();
    }

    public WorkStatus status() {
        return status;
    }

    public BooleanBinding keyConfirmedBinding() {
        return keyConfirmed;
    }
}
