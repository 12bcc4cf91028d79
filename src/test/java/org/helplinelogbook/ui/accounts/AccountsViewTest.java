package org.helplinelogbook.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.DesktopTestBase;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class AccountsViewTest extends DesktopTestBase {

    private AccountsView view;

    AccountsViewTest() {
        super(1200, 740);
    }

    @BeforeEach
    void showTheAccounts() throws Exception {
        logbook = TestLogbooks.createWithWorker(dir);
        show(1200, 740, () -> {
            view = new AccountsView(new AccountsViewModel(logbook, new DirectTaskRunner()));
            return (Parent) view.root();
        });
    }

    @Test
    void addThenResetShowsTheOneTimePasswordOnce(FxRobot robot) {
        robot.clickOn(robot.lookup(".side-form .text-field").nth(0).queryAs(TextField.class)).write("jsmith");
        robot.clickOn(robot.lookup(".password-field").nth(0).queryAs(TextField.class)).write("twelve chars ok");
        robot.clickOn(robot.lookup(".password-field").nth(1).queryAs(TextField.class)).write("twelve chars ok");
        robot.clickOn("Add account");

        TableView<StaffAccount> table = robot.lookup(".table-view").queryTableView();
        assertThat(table.getItems()).extracting(StaffAccount::username).contains("jsmith");
        assertThat(robot.lookup("Account \u201cjsmith\u201d added.").tryQuery()).isPresent();

        robot.interact(() -> {
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(a -> a.username().equals("jsmith")).findFirst().orElseThrow());
            view.resetSelectedWithoutConfirmation();
        });
        TextField oneTime = robot.lookup(".one-time-field").queryAs(TextField.class);
        assertThat(oneTime.isVisible()).isTrue();
        assertThat(oneTime.getText()).hasSize(16);
        assertThat(robot.lookup("Copy").tryQuery()).isPresent();

        robot.clickOn("Done, hide it");
        assertThat(oneTime.getText()).isEmpty();
        assertThat(oneTime.getParent().getParent().isVisible()).isFalse();
    }
}
