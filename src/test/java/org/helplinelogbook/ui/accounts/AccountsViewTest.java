package org.helplinelogbook.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.TestLogbooks;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AccountsViewTest {

    @TempDir
    Path dir;

    private Logbook logbook;
    private AccountsView view;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        logbook = TestLogbooks.createWithWorker(dir);
        view = new AccountsView(new AccountsViewModel(logbook, new DirectTaskRunner()));
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 740));
        stage.show();
    }

    @AfterEach
    void close() {
        logbook.close();
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
