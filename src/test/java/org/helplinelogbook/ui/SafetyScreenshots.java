package org.helplinelogbook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.common.DamagedLogbooks;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.main.Section;
import org.helplinelogbook.ui.restore.RestoreViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes the data-safety screenshots (damaged-logbook.png, restore.png, settings-backups.png) into
 * {@code docs/screenshots}. Not part of the suite (the name does not end in Test); run it with
 * {@code mvn test -Dtest=SafetyScreenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class SafetyScreenshots {

    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @TempDir
    Path dir;

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private final MutableClock clock = new MutableClock(Instant.now());
    private Scene scene;
    private AppShell shell;
    private Path damaged;

    @Start
    void start(Stage stage) throws Exception {
        Theme.apply(Theme.LIGHT);
        damaged = DamagedLogbooks.damagedCopy(dir);
        scene = new Scene(new StackPane(), 1366, 768);
        shell = new AppShell(scene, damaged, runner, clock);
        stage.setScene(scene);
        stage.show();
    }

    private static void shot(Scene of, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> of.getRoot().snapshot(null, null)).get();
        Path out = Path.of("docs", "screenshots", name + ".png");
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void takeScreenshots(FxRobot robot) throws Exception {
        robot.interact(shell::start);
        robot.clickOn("#usernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        try {
            waitUntil(() -> showing(robot, "#restoreNewestButton"));
        } catch (java.util.concurrent.TimeoutException e) {
            shot(scene, "debug-signin");
            throw new AssertionError("sign-in said: " + robot.lookup("#messageLabel").queryAs(Label.class).getText(), e);
        }
        Thread.sleep(300);
        shot(scene, "damaged-logbook");

        robot.clickOn("#restoreNewestButton");
        waitUntil(() -> shell.restoreDialog() != null && shell.restoreDialog().stage().isShowing());
        RestoreViewModel vm = shell.restoreDialog().view().viewModel();
        Path target = dir.resolve("restored-logbook");
        robot.interact(() -> vm.chooseFolder(target));
        robot.clickOn("#restoreUsernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#restorePasswordField").write(TestLogbooks.PASSWORD);
        shot(shell.restoreDialog().stage().getScene(), "restore-form");
        robot.clickOn("#startRestoreButton");
        waitUntil(() -> showing(robot, "#openButton"));
        Thread.sleep(300);
        shot(shell.restoreDialog().stage().getScene(), "restore");

        robot.clickOn("#openButton");
        waitUntil(() -> !shell.restoreDialog().stage().isShowing());
        robot.clickOn("#usernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".main-window").tryQuery().isPresent());
        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(Section.SETTINGS));
        waitUntil(() -> robot.lookup("#backUpNowButton").tryQuery().isPresent());
        robot.clickOn("#backUpNowButton");
        waitUntil(() -> robot.lookup("#backupStatusLabel").queryAs(Label.class).getText().startsWith("Backed up"));
        robot.interact(() -> robot.lookup(".section-scroll").queryAllAs(ScrollPane.class)
                .forEach(s -> s.setVvalue(1.0)));
        Thread.sleep(300);
        shot(scene, "settings-backups");
        robot.clickOn("#tidyButton");
        waitUntil(() -> robot.lookup(".closing-done").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        shot(scene, "tidy-done");
        robot.interact(shell::shutDown);
        runner.finish();
    }
}
