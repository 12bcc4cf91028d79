package org.helplinelogbook.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's one window for the end-to-end desktop tests: an {@link AppShell} in a real (headless Monocle) window
 * over a temporary data folder, with the app's own background runner and a clock the test moves. Each test starts
 * with the window empty; {@link #openMain} shows the main window for a new logbook.
 *
 * <p>The window is set up in {@code @BeforeEach} rather than TestFX's {@code @Start}, which TestFX looks for on the
 * test class itself only, not on a superclass.
 */
@ExtendWith(ApplicationExtension.class)
abstract class DesktopTestBase {

    @TempDir
    Path dir;

    final MutableClock clock;
    final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    AppShell shell;
    /** The open logbook, if the test opened one itself; closed after the test if still open. */
    Logbook logbook;

    private final int width;
    private final int height;

    /**
     * @param now the clock's starting time
     * @param width the window's size, as a worker's screen
     */
    DesktopTestBase(Instant now, int width, int height) {
        this.clock = new MutableClock(now);
        this.width = width;
        this.height = height;
    }

    @BeforeEach
    final void showTheWindow() throws Exception {
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(new StackPane(), width, height);
            shell = new AppShell(scene, dir, runner, clock);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    final void closeTheWindow(FxRobot robot) {
        robot.interact(shell::shutDown);
        runner.finish();
        if (logbook != null && !logbook.isClosed()) {
            logbook.close();
        }
    }

    /** Waits (up to 20 s, for a busy machine) until {@code condition} holds, then for the FX events it caused. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Shows the main window for {@link #logbook}; a new one (a manager's, default taxonomy) if none is open. */
    void openMain(FxRobot robot) throws Exception {
        if (logbook == null) {
            logbook = TestLogbooks.create(dir);
        }
        robot.interact(() -> shell.showMain(logbook, false));
        waitUntil(() -> robot.lookup(".main-window").tryQuery().isPresent());
    }

    /** Moves the main window to {@code section}, as a click on its navigation entry does. */
    void goTo(FxRobot robot, Section section) {
        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(section));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
