package org.helplinelogbook.ui;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.ui.common.DamagedLogbooks;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.main.Section;
import org.helplinelogbook.ui.restore.RestoreViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Writes the data-safety screenshots (damaged-logbook.png, restore.png, settings-backups.png) into
 * {@code docs/screenshots}. Not part of the suite (the name does not end in Test); run it with
 * {@code mvn test -Dtest=SafetyScreenshots}.
 */
class SafetyScreenshots extends DesktopTestBase {

    SafetyScreenshots() {
        super(1366, 768);
    }

    /** The worker's documents folder (not a temporary path: it shows in the pictures). */
    private Path documents;

    @Override
    protected Path dataFolder() throws Exception {
        documents = ScreenshotFolders.documents(dir);
        for (String name : new String[] {"live", "Helpline Logbook", "Helpline Logbook (restored)"}) {
            ScreenshotFolders.makeRoom(documents, name);
        }
        return DamagedLogbooks.damagedCopy(documents, "Helpline Logbook");
    }

    private static void shot(javafx.scene.Scene of, String name) throws Exception {
        saveScreenshot(of.getRoot(), name);
    }

    @Test
    void takeScreenshots(FxRobot robot) throws Exception {
        robot.interact(shell::start);
        robot.clickOn("#usernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        try {
            waitUntil(90, () -> showing(robot, "#restoreNewestButton"));
        } catch (java.util.concurrent.TimeoutException e) {
            saveScreenshot(scene.getRoot(), Path.of("target", "debug-signin.png")); // not among the docs' pictures
            throw new AssertionError("sign-in said: " + robot.lookup("#messageLabel").queryAs(Label.class).getText(), e);
        }
        Thread.sleep(300);
        shot(scene, "damaged-logbook");

        robot.clickOn("#restoreNewestButton");
        waitUntil(90, () -> shell.restoreDialog() != null && shell.restoreDialog().stage().isShowing());
        RestoreViewModel vm = shell.restoreDialog().view().viewModel();
        Path target = documents.resolve("Helpline Logbook (restored)");
        robot.interact(() -> vm.chooseFolder(target));
        robot.clickOn("#restoreUsernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#restorePasswordField").write(TestLogbooks.PASSWORD);
        shot(shell.restoreDialog().stage().getScene(), "restore-form");
        robot.clickOn("#startRestoreButton");
        waitUntil(90, () -> showing(robot, "#openButton"));
        Thread.sleep(300);
        shot(shell.restoreDialog().stage().getScene(), "restore");

        robot.clickOn("#openButton");
        waitUntil(90, () -> !shell.restoreDialog().stage().isShowing());
        robot.clickOn("#usernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(90, () -> mainWindowShown(robot));
        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(Section.SETTINGS));
        // The section is built while the window shows a stand-in: wait until the button is on show, not merely
        // there; it may be below the fold at this size, so it is pressed rather than clicked at.
        waitUntil(90, () -> showing(robot, "#backUpNowButton") && robot.lookup("#backUpNowButton").query().getParent()
                .isVisible());
        robot.interact(() -> robot.lookup("#backUpNowButton").queryAs(Button.class).fire());
        waitUntil(90, () -> robot.lookup("#backupStatusLabel").queryAs(Label.class).getText().startsWith("Backed up"));
        robot.interact(() -> robot.lookup(".section-scroll").queryAllAs(ScrollPane.class)
                .forEach(s -> s.setVvalue(1.0)));
        Thread.sleep(300);
        shot(scene, "settings-backups");
        robot.clickOn("#tidyButton");
        waitUntil(90, () -> robot.lookup(".closing-done").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        shot(scene, "tidy-done");
    }
}
