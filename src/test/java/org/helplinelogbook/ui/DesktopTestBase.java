package org.helplinelogbook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.common.Theme;
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
 * The one way to start a desktop test (and a screenshot tool): the app's window, an {@link AppShell} in a real
 * (headless Monocle) window of a worker's screen size over a temporary data folder, in the light theme, with the
 * app's own background runner and a clock the test moves. Each test starts with the window empty (the shell not
 * started); {@link #openMain} shows the main window for a new logbook, {@code shell.start()} the first screen.
 * A test of one view alone puts it in the window with {@link #show}; one that walks the window at several sizes
 * makes a new one with {@link #newWindow}. Copy {@code FocusRulesTest} to write a new one.
 *
 * <p>The window is set up in {@code @BeforeEach} rather than TestFX's {@code @Start}, which TestFX looks for on the
 * test class itself only, not on a superclass. A subclass's own {@code @BeforeEach} runs after it, its
 * {@code @AfterEach} before the window is shut.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class DesktopTestBase {

    /** Where {@link #saveScreenshot} writes, unless {@code -Dscreenshots.folder=...} says another folder. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.folder", "docs/screenshots"));

    @TempDir
    protected Path dir;

    protected final MutableClock clock;
    protected final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    /** The window, its scene and the shell in it (a new scene and shell after {@link #newWindow}). */
    protected Stage stage;
    protected Scene scene;
    protected AppShell shell;
    /** The open logbook, if the test opened one itself; closed after the test if still open. */
    protected Logbook logbook;

    private final int width;
    private final int height;
    private Path dataFolder;

    /**
     * @param now the clock's starting time
     * @param width the window's size, as a worker's screen
     */
    protected DesktopTestBase(Instant now, int width, int height) {
        this.clock = new MutableClock(now);
        this.width = width;
        this.height = height;
    }

    /** A window of {@code width}×{@code height}, the clock at the real time now. */
    protected DesktopTestBase(int width, int height) {
        this(Instant.now(), width, height);
    }

    /**
     * The data folder the shell opens: the temporary folder, unless a test gives another (a damaged copy, a desk's
     * folder). Called once, before the window is shown.
     */
    protected Path dataFolder() throws Exception {
        return dir;
    }

    @BeforeEach
    protected final void showTheWindow() throws Exception {
        dataFolder = dataFolder();
        FxToolkit.setupStage(stage -> {
            this.stage = stage;
            // Light, as the app starts: the theme is global, and a test before may have left it dark.
            Theme.apply(Theme.LIGHT);
            putNewShell(width, height);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    protected final void closeTheWindow(FxRobot robot) {
        robot.interact(shell::shutDown);
        runner.finish();
        if (logbook != null && !logbook.isClosed()) {
            logbook.close();
        }
    }

    /**
     * Replaces the window's scene with a new empty {@code width}×{@code height} one and a new shell in it (not
     * started), for a test that walks the window at several screen sizes. The shell before is shut down.
     */
    protected void newWindow(int width, int height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            shell.shutDown();
            putNewShell(width, height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void putNewShell(int width, int height) {
        scene = new Scene(new StackPane(), width, height);
        shell = new AppShell(scene, dataFolder, runner, clock);
        stage.setScene(scene);
    }

    /**
     * Puts one view alone in the window, in a new {@code width}×{@code height} scene, for a test of that view or a
     * screenshot of it. {@code view} is built on the FX thread; returns the new scene.
     */
    protected Scene show(int width, int height, Supplier<? extends Parent> view) throws Exception {
        Scene shown = WaitForAsyncUtils.asyncFx(() -> {
            Scene alone = new Scene(view.get(), width, height);
            stage.setScene(alone);
            return alone;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return shown;
    }

    /** Waits (up to 60 s, for a busy machine) until {@code condition} holds, then for the FX events it caused. */
    protected static void waitUntil(Callable<Boolean> condition) throws Exception {
        waitUntil(60, condition);
    }

    /** As {@link #waitUntil(Callable)}, for a slower step (a restore) that may take up to {@code seconds}. */
    protected static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether a node matching {@code query} is in the window and visible. */
    protected static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /**
     * Whether the main window is on show. The one built while a sign-in runs is in the window before, hidden beneath
     * the sign-in screen and holding no logbook (issue 17): only a visible one counts. Every test waits for the main
     * window this way.
     */
    protected static boolean mainWindowShown(FxRobot robot) {
        Callable<Boolean> shown = () -> robot.lookup(".main-window").match(Node::isVisible).tryQuery().isPresent();
        if (Platform.isFxApplicationThread()) {
            return call(shown);
        }
        // Looked up on the UI thread: the hand-over changes the window's layers meanwhile, and a lookup walking them
        // from the test's thread met a list mid-change (IndexOutOfBoundsException).
        try {
            return WaitForAsyncUtils.asyncFx(shown).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean call(Callable<Boolean> condition) {
        try {
            return condition.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The node matching {@code query}, as the type the caller expects. */
    @SuppressWarnings("unchecked")
    protected static <T> T query(FxRobot robot, String query) {
        return (T) robot.lookup(query).query();
    }

    /** Shows the main window for {@link #logbook}; a new one (a manager's, default taxonomy) if none is open. */
    protected void openMain(FxRobot robot) throws Exception {
        if (logbook == null) {
            logbook = TestLogbooks.create(dir);
        }
        robot.interact(() -> shell.showMain(logbook, false));
        waitUntil(() -> mainWindowShown(robot));
    }

    /** A logbook with one contact, the contact log shown, and that contact opened from the table by Enter. */
    protected void openOneContactFromTheLog(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        logbook.contacts().save(org.helplinelogbook.logbook.TestLogbooks.dataContact(
                LocalDate.now(logbook.zone()).atTime(0, 45), "safety_planning", "Original words"));
        openMain(robot);
        goTo(robot, Section.CONTACT_LOG);
        waitUntil(() -> !robot.lookup(".table-view").queryTableView().getItems().isEmpty());
        robot.interact(() -> {
            TableView<?> table = robot.lookup(".table-view").queryTableView();
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
    }

    /** Moves the main window to {@code section}, as a click on its navigation entry does. */
    protected void goTo(FxRobot robot, Section section) {
        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(section));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Locks the main window and unlocks it again with the manager's password, typed on the lock screen; waits for
     * the main window. The logbook the test held is closed by the lock ({@link #logbook} is then null).
     */
    protected void lockAndUnlock(FxRobot robot) throws Exception {
        robot.interact(shell::lock);
        waitUntil(logbook::isClosed);
        logbook = null;
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes a picture of {@code node} (as drawn now) to {@code docs/screenshots/<name>.png}. */
    protected static void saveScreenshot(Node node, String name) throws Exception {
        saveScreenshot(node, SCREENSHOTS.resolve(name + ".png"));
    }

    /** Writes a picture of {@code node} to {@code file} (a picture for finding out why a test failed, say). */
    protected static void saveScreenshot(Node node, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        write(WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(), file);
    }

    /** Writes a picture of the whole {@code scene} (its fill behind the root too) to docs/screenshots. */
    protected static void saveScreenshot(Scene of, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        write(WaitForAsyncUtils.asyncFx(() -> of.snapshot(null)).get(), SCREENSHOTS.resolve(name + ".png"));
    }

    private static void write(WritableImage image, Path out) throws Exception {
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
