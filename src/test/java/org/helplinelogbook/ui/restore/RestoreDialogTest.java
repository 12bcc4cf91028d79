package org.helplinelogbook.ui.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.ui.DesktopTestBase;
import org.helplinelogbook.ui.common.DamagedLogbooks;
import org.helplinelogbook.ui.common.PathTexts;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * End to end on a damaged logbook (headless Monocle): sign-in fails calmly, "Restore the newest backup…" opens the
 * restore window pre-filled, the restore runs with progress and counts, and "Open the restored logbook" signs in.
 */
class RestoreDialogTest extends DesktopTestBase {

    private Path damaged;
    private final java.util.List<Path> remembered = new java.util.concurrent.CopyOnWriteArrayList<>();

    RestoreDialogTest() {
        super(1200, 760);
    }

    @Override
    protected Path dataFolder() throws Exception {
        damaged = DamagedLogbooks.damagedCopy(dir);
        return damaged;
    }

    @BeforeEach
    void rememberTheFolderSwitchedTo() {
        shell.onDataFolderSwitched(remembered::add);
    }

    @Test
    void damagedLogbookIsRestoredFromTheWindowAndOpened(FxRobot robot) throws Exception {
        byte[] damagedBytes = Files.readAllBytes(damaged.resolve("logbook.mv.db"));
        robot.interact(shell::start);
        robot.clickOn("#usernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        try {
            waitUntil(() -> showing(robot, "#restoreNewestButton"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("sign-in said: " + robot.lookup("#messageLabel").queryAs(Label.class).getText()
                    + " / user=" + robot.lookup("#usernameField").queryAs(TextField.class).getText(), e);
        }
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).contains("damaged");
        assertThat(robot.lookup("#restoreLink").queryAs(Node.class).isVisible()).isFalse();

        robot.clickOn("#restoreNewestButton");
        waitUntil(() -> shell.restoreDialog() != null && shell.restoreDialog().stage().isShowing());
        RestoreViewModel vm = shell.restoreDialog().view().viewModel();
        // the whole path in the tooltip; the field shows it shortened from the front, the file's name whole
        TextField backupField = robot.lookup("#backupField").queryAs(TextField.class);
        assertThat(backupField.getTooltip().getText())
                .startsWith(damaged.resolve("backups").resolve("logbook-").toString());
        assertThat(backupField.getText()).hasSizeLessThanOrEqualTo(PathTexts.MAX_CHARS)
                .endsWith(java.nio.file.Path.of(backupField.getTooltip().getText()).getFileName().toString());
        assertThat(shell.restoreDialog().stage().getWidth()).isLessThanOrEqualTo(1200);

        // A folder holding a logbook is refused (the damaged one itself).
        robot.interact(() -> vm.chooseFolder(damaged));
        waitUntil(() -> !vm.status().messageProperty().get().isEmpty());
        assertThat(vm.status().messageProperty().get()).startsWith("This folder already holds a logbook.");

        Path target = dir.resolve("restored");
        robot.interact(() -> vm.chooseFolder(target));
        waitUntil(() -> vm.status().messageProperty().get().isEmpty());
        robot.clickOn("#restoreUsernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#restorePasswordField").write(TestLogbooks.PASSWORD);
        robot.clickOn("#startRestoreButton");
        waitUntil(() -> showing(robot, "#openButton"));

        assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup(".count-line").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Contacts: 40, all on 4 Mar 2025");
        assertThat(robot.lookup("#restorePasswordField").queryAllAs(TextField.class))
                .allSatisfy(f -> assertThat(f.getText()).isEmpty());
        assertThat(robot.lookup("#openHintLabel").queryAs(Label.class).getText()).contains("from now on");
        assertThat(remembered).as("nothing remembered before the person opens it").isEmpty();

        robot.clickOn("#openButton");
        waitUntil(() -> !shell.restoreDialog().stage().isShowing());
        assertThat(shell.dataDir()).isEqualTo(target.toAbsolutePath());
        assertThat(remembered).as("the app opens the restored logbook from now on").containsExactly(target.toAbsolutePath());
        robot.clickOn("#usernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        assertThat(Files.readAllBytes(damaged.resolve("logbook.mv.db"))).isEqualTo(damagedBytes);
        assertThat(DataFolder.holdsLogbook(damaged)).isTrue();
    }
}
