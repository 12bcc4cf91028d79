package org.helplinelogbook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Writes the screenshots in {@code docs/screenshots} with {@code Node.snapshot}. Not part of the test suite
 * (the name does not end in Test); run it with {@code mvn test -Dtest=ScreenshotTool}.
 */
class ScreenshotTool extends DesktopTestBase {

    ScreenshotTool() {
        super(1366, 768);
    }

    /** The worker's logbook folder (not a temporary path: it shows in the pictures). */
    private Path folder;

    @Override
    protected Path dataFolder() throws Exception {
        folder = ScreenshotFolders.logbook(dir);
        return folder;
    }

    private void shot(String name) throws Exception {
        saveScreenshot(scene.getRoot(), name);
    }

    @Test
    void takeScreenshots(FxRobot robot) throws Exception {
        robot.interact(shell::start);
        robot.clickOn("#usernameField").write("manager1");
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD);
        robot.clickOn("#confirmField").write(TestLogbooks.PASSWORD);
        robot.clickOn("#usernameField");
        shot("setup");
        robot.clickOn("#createButton");
        waitUntil(() -> !robot.lookup("#keyLabel").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#retypeField");
        shot("recovery-key");
        String key = robot.lookup("#keyLabel").queryAs(Label.class).getText();
        robot.write(key.substring(key.length() - 9));
        shot("recovery-key-retyped");
        robot.clickOn("#continueButton");
        shot("start-choice");
        robot.clickOn("#emptyButton");
        waitUntil(() -> mainWindowShown(robot));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> robot.lookup(".lock-screen").tryQuery().isPresent());
        Thread.sleep(500);
        robot.interact(shell::showLogin);
        robot.clickOn("#usernameField").write("manager1");
        robot.clickOn("#passwordField").write("wrong password");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#messageLabel").queryAs(Label.class).getText().startsWith("Signing"));
        robot.clickOn("#passwordField").write("xxxxxxxxxxxx");
        shot("login");
        robot.eraseText(12).write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        Thread.sleep(300);

        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.DIGIT2);
        robot.push(KeyCode.TAB);
        robot.push(KeyCode.SPACE);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.SPACE);
        robot.push(KeyCode.TAB);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.SPACE);
        robot.push(KeyCode.TAB);
        robot.type(KeyCode.I);
        robot.push(KeyCode.SPACE);
        robot.clickOn("#codewordField").write("bluebird");
        clock.advance(java.time.Duration.ofSeconds(277));
        robot.clickOn("#notesArea").write("Caller worried about images he viewed last year. Talked through what to do "
                + "if the urge returns. He asked us to ring back on 07700 900123.");
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isPresent());
        Thread.sleep(2200);
        shot("contact-form");

        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 2em;"));
        shot("contact-form-200-percent");
        robot.interact(() -> scene.getRoot().setStyle(""));
        robot.interact(() -> Theme.apply(Theme.DARK));
        shot("contact-form-dark");
        robot.interact(() -> Theme.apply(Theme.LIGHT));

        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(Section.SETTINGS));
        Thread.sleep(500);
        shot("settings");

        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(Section.NEW_CONTACT));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> robot.lookup(".lock-screen").tryQuery().isPresent());
        shot("locked");

        // The yellow note when the backup made while locking fails (here: the backup "folder" is a file).
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        Path backups = folder.resolve("backups");
        try (var files = Files.walk(backups)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(backups, "not a folder");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> robot.lookup(".lock-notice").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        shot("locked-backup-failed");

        // The same when the window is closed: the app says so before it goes.
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        robot.interact(() -> shell.closeThen(() -> { }));
        waitUntil(() -> robot.lookup(".closing-problems").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        shot("closing-backup-failed");
    }
}
