package org.helplinelogbook.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void addsAnAccountAndClearsThePasswords() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var model = new AccountsViewModel(logbook, new DirectTaskRunner());
            model.load();
            assertThat(model.accounts()).extracting(StaffAccount::username).containsExactlyInAnyOrder("manager1", "worker1");

            model.usernameProperty().set("jsmith");
            model.roleProperty().set(Role.MANAGER);
            model.passwordProperty().set("twelve chars ok");
            model.repeatProperty().set("twelve chars ok");
            model.add();

            assertThat(model.status().errorProperty().get()).isEmpty();
            assertThat(model.accounts()).extracting(StaffAccount::username).contains("jsmith");
            assertThat(model.passwordProperty().get()).isEmpty();
            assertThat(model.repeatProperty().get()).isEmpty();
            assertThat(model.status().messageProperty().get()).contains("jsmith");
        }
    }

    @Test
    void refusesMismatchedShortOrInvalidInput() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var model = new AccountsViewModel(logbook, new DirectTaskRunner());
            model.usernameProperty().set("x");
            model.passwordProperty().set("twelve chars ok");
            model.repeatProperty().set("twelve chars ok");
            model.add();
            assertThat(model.status().errorProperty().get()).contains("username");
            model.usernameProperty().set("jsmith");
            model.repeatProperty().set("something else!");
            model.add();
            assertThat(model.status().errorProperty().get()).contains("not the same");
            model.passwordProperty().set("short");
            model.add();
            assertThat(model.status().errorProperty().get()).contains("12 characters");
            model.passwordProperty().set("twelve chars ok");
            model.repeatProperty().set("twelve chars ok");
            model.usernameProperty().set("worker1");
            model.add();
            assertThat(model.status().errorProperty().get()).contains("already exists");
        }
    }

    @Test
    void resetShowsAOneTimePasswordOnceAndDisableNeedsAnotherAccount() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var model = new AccountsViewModel(logbook, new DirectTaskRunner());
            model.load();
            StaffAccount worker = find(model, "worker1");
            StaffAccount self = find(model, "manager1");

            model.reset(worker);
            assertThat(model.oneTimePasswordProperty().get()).hasSize(16);
            assertThat(model.oneTimeForProperty().get()).isEqualTo("worker1");
            assertThat(find(model, "worker1").mustChangePassword()).isTrue();
            model.dismissOneTimePassword();
            assertThat(model.oneTimePasswordProperty().get()).isEmpty();

            assertThat(model.isSelf(self)).isTrue();
            model.disable(self);
            assertThat(find(model, "manager1").active()).isTrue();
            model.disable(worker);
            assertThat(find(model, "worker1").active()).isFalse();
            assertThat(model.statusLabel(find(model, "worker1"))).isEqualTo("Disabled");
        }
    }

    private static StaffAccount find(AccountsViewModel model, String name) {
        return model.accounts().stream().filter(a -> a.username().equals(name)).findFirst().orElseThrow();
    }
}
