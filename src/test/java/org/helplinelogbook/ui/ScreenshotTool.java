package org.helplinelogbook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.helplinelogbook.logbook.DemoData;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the screenshots in {@code docs/screenshots} with {@code Node.snapshot}. Not part of the test suite
 * (the name does not end in Test); run it with {@code mvn test -Dtest=ScreenshotTool}.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTool {

    static {
        // Monocle's headless screen must be at least as large as the window (default 1280x800).
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @TempDir
    Path dir;

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private Scene scene;
    private AppShell shell;
    private final MutableClock clock = new MutableClock(Instant.now());

    @Start
    void start(Stage stage) {
        Theme.apply(Theme.LIGHT);
        scene = new Scene(new StackPane(), 1366, 768);
        shell = new AppShell(scene, dir, runner, clock);
        stage.setScene(scene);
        stage.show();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.getRoot().snapshot(null, null)).get();
        Path out = Path.of("docs", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void takeScreenshots(FxRobot robot) throws Exception {
        robot.interact(shell::start);
        robot.clickOn("#usernameField").write("manager1");
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD);
        robot.clickOn("#confirmField").write(TestLogbooks.PASSWORD);
        robot.clickOn("#usernameField");
        shot(robot, "setup");
        robot.clickOn("#createButton");
        waitUntil(() -> !robot.lookup("#keyLabel").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#retypeField");
        shot(robot, "recovery-key");
        String key = robot.lookup("#keyLabel").queryAs(Label.class).getText();
        robot.write(key.substring(key.length() - 9));
        shot(robot, "recovery-key-retyped");
        robot.clickOn("#continueButton");
        shot(robot, "start-choice");
        robot.clickOn("#emptyButton");
        waitUntil(() -> robot.lookup(".main-window").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> robot.lookup(".lock-screen").tryQuery().isPresent());
        Thread.sleep(500);
        robot.interact(shell::showLogin);
        robot.clickOn("#usernameField").write("manager1");
        robot.clickOn("#passwordField").write("wrong password");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#messageLabel").queryAs(Label.class).getText().startsWith("Signing"));
        robot.clickOn("#passwordField").write("xxxxxxxxxxxx");
        shot(robot, "login");
        robot.eraseText(12).write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".main-window").tryQuery().isPresent());
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
        shot(robot, "contact-form");

        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 2em;"));
        shot(robot, "contact-form-200-percent");
        robot.interact(() -> scene.getRoot().setStyle(""));
        robot.interact(() -> Theme.apply(Theme.DARK));
        shot(robot, "contact-form-dark");
        robot.interact(() -> Theme.apply(Theme.LIGHT));

        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(Section.SETTINGS));
        Thread.sleep(500);
        shot(robot, "settings");

        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(Section.NEW_CONTACT));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> robot.lookup(".lock-screen").tryQuery().isPresent());
        shot(robot, "locked");

        // The yellow note when the backup made while locking fails (here: the backup "folder" is a file).
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".main-window").tryQuery().isPresent());
        Path backups = dir.resolve("backups");
        try (var files = Files.walk(backups)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(backups, "not a folder");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> robot.lookup(".lock-notice").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        shot(robot, "locked-backup-failed");

        // The same when the window is closed: the app says so before it goes.
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".main-window").tryQuery().isPresent());
        robot.interact(() -> shell.closeThen(() -> { }));
        waitUntil(() -> robot.lookup(".closing-problems").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        shot(robot, "closing-backup-failed");
        robot.interact(shell::shutDown);
        runner.finish();
    }
}
