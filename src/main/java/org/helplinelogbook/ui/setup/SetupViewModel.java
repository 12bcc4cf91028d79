package org.helplinelogbook.ui.setup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.helplinelogbook.logbook.DemoData;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;

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
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
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
                message.set(Messages.get("setup.username.invalid"));
                return;
            }
            if (password.length < StaffAccount.MIN_PASSWORD_LENGTH) {
                message.set(Messages.get("password.tooShort"));
                return;
            }
            if (!Arrays.equals(password, confirm)) {
                message.set(Messages.get("password.mismatch"));
                return;
            }
            ZoneId zoneId = ZoneId.of(zone.get() == null ? ZoneId.systemDefault().getId() : zone.get());
            char[] copy = password.clone();
            busy.set(true);
            message.set(Messages.get("setup.creating"));
            runner.run(() -> {
                try {
                    return LogbookSetup.create(dataDir, user, copy, zoneId);
                } finally {
                    Arrays.fill(copy, '\0');
                }
            }, created -> {
                busy.set(false);
                message.set("");
                logbook = created.logbook();
                recoveryKey.set(created.recoveryKey());
                step.set(Step.RECOVERY_KEY);
            }, failure -> {
                busy.set(false);
                message.set(UserMessages.describe(failure));
            });
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(confirm, '\0');
        }
    }

    /** "Join an office logbook on a server instead…" */
    public void showJoin() {
        message.set("");
        step.set(Step.JOIN);
    }

    /** Back from joining to creating a logbook on this computer. */
    public void showCreate() {
        message.set("");
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
            message.set(Messages.get("setup.join.missing"));
            return;
        }
        busy.set(true);
        message.set(Messages.get("setup.join.joining"));
        runner.run(() -> {
            try {
                return LogbookSetup.joinShared(dataDir, url, ca.isEmpty() ? null : Path.of(ca), dbPassword);
            } finally {
                Arrays.fill(dbPassword, '\0');
            }
        }, kept -> {
            busy.set(false);
            message.set("");
            onJoined.run();
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.describe(failure));
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
            message.set(Messages.get("setup.key.retype.wrong"));
            return;
        }
        recoveryKey.set("");
        retyped.set("");
        message.set("");
        step.set(Step.START);
    }

    public void loadDemoData() {
        busy.set(true);
        message.set(Messages.get("setup.demo.loading", DEMO_CONTACTS));
        runner.run(() -> DemoData.generate(logbook, DEMO_CONTACTS, System.nanoTime(), n -> { }), n -> {
            busy.set(false);
            finish();
        }, failure -> {
            busy.set(false);
            message.set(UserMessages.describe(failure));
        });
    }

    public void startEmpty() {
        finish();
    }

    private void finish() {
        message.set("");
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding keyConfirmedBinding() {
        return keyConfirmed;
    }
}
