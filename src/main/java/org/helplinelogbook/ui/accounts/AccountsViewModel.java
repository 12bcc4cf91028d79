package org.helplinelogbook.ui.accounts;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.WorkStatus;

/**
 * Staff accounts for managers: list, add, disable, reset. A reset's one-time password is held only until the
 * manager dismisses it; typed passwords are cleared from the form as soon as they are handed to the service.
 */
public final class AccountsViewModel {

    private final Logbook logbook;
    private final TaskRunner runner;

    private final ObservableList<StaffAccount> accounts = FXCollections.observableArrayList();
    private final StringProperty username = new SimpleStringProperty(this, "username", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.WORKER);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ReadOnlyStringWrapper oneTimePassword = new ReadOnlyStringWrapper(this, "oneTimePassword", "");
    private final ReadOnlyStringWrapper oneTimeFor = new ReadOnlyStringWrapper(this, "oneTimeFor", "");
    private final WorkStatus status = new WorkStatus();

    public AccountsViewModel(Logbook logbook, TaskRunner runner) {
        this.logbook = logbook;
        this.runner = runner;
    }

    public ObservableList<StaffAccount> accounts() { return accounts; }
    public StringProperty usernameProperty() { return username; }
    public ObjectProperty<Role> roleProperty() { return role; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty repeatProperty() { return repeat; }
    public ReadOnlyStringProperty oneTimePasswordProperty() { return oneTimePassword.getReadOnlyProperty(); }
    public ReadOnlyStringProperty oneTimeForProperty() { return oneTimeFor.getReadOnlyProperty(); }
    public WorkStatus status() { return status; }

    /** The signed-in manager's own account, which cannot be disabled from here. */
    public boolean isSelf(StaffAccount account) {
        return account != null && account.id() == logbook.actor().staffId();
    }

    public void load() {
        status.run(runner, () -> logbook.accounts().list(), accounts::setAll);
    }

    /** The username of the account added last; the view selects and focuses its row in the list. */
    private final SimpleStringProperty lastAdded = new SimpleStringProperty("");

    public ReadOnlyStringProperty lastAddedProperty() {
        return lastAdded;
    }

    public void add() {
        String name = username.get() == null ? "" : username.get().strip();
        if (!StaffAccount.isValidUsername(name)) {
            status.refuse(Messages.get("accounts.problem.username"));
            return;
        }
        if (password.get().length() < StaffAccount.MIN_PASSWORD_LENGTH) {
            status.refuse(Messages.get("accounts.problem.short"));
            return;
        }
        if (!password.get().equals(repeat.get())) {
            status.refuse(Messages.get("accounts.problem.repeat"));
            return;
        }
        char[] secret = password.get().toCharArray();
        Role chosen = role.get();
        password.set("");
        repeat.set("");
        status.run(runner, () -> {
            try {
                logbook.accounts().add(name, chosen, secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
            return logbook.accounts().list();
        }, list -> {
            accounts.setAll(list);
            username.set("");
            role.set(Role.WORKER);
            status.say(Messages.get("accounts.added", name));
            lastAdded.set(name);
        });
    }

    public String disableQuestion(StaffAccount account) {
        return Messages.get("accounts.disable.question", account.username());
    }

    public void disable(StaffAccount account) {
        if (account == null || isSelf(account)) {
            return;
        }
        status.run(runner, () -> {
            logbook.accounts().disable(account.username());
            return logbook.accounts().list();
        }, list -> {
            accounts.setAll(list);
            status.say(Messages.get("accounts.disabled", account.username()));
        });
    }

    public String resetQuestion(StaffAccount account) {
        return Messages.get("accounts.reset.question", account.username());
    }

    /** Issues a one-time password; it is shown once, until {@link #dismissOneTimePassword()}. */
    public void reset(StaffAccount account) {
        if (account == null) {
            return;
        }
        status.run(runner, () -> {
            String oneTime = logbook.accounts().reset(account.username());
            return new Reset(oneTime, logbook.accounts().list());
        }, reset -> {
            accounts.setAll(reset.accounts());
            oneTimeFor.set(account.username());
            oneTimePassword.set(reset.oneTime());
            status.say("");
        });
    }

    private record Reset(String oneTime, List<StaffAccount> accounts) {}

    public void dismissOneTimePassword() {
        oneTimePassword.set("");
        oneTimeFor.set("");
    }

    public String roleLabel(Role r) {
        return Messages.get(r == Role.MANAGER ? "accounts.role.manager" : "accounts.role.worker");
    }

    public String statusLabel(StaffAccount a) {
        return Messages.get(!a.active() ? "accounts.status.disabled"
                : a.mustChangePassword() ? "accounts.status.mustChange" : "accounts.status.active");
    }
}
