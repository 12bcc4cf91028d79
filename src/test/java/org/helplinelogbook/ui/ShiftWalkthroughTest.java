package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A shift at the desk, by keyboard, at the four screen sizes of issue 17 (1024×600, 1280×720, 1366×768, 1920×1080)
 * and at 200 % text: calls logged with a warning handled, a silent call, lock and unlock, the contact log and the
 * dashboard. At every size Save stays on screen, nothing overlaps and the log shows the whole date and time.
 * With {@code -Dscreenshots=true} it also writes the pictures in docs/screenshots (1024×600 and 1366×768).
 */
class ShiftWalkthroughTest extends DesktopTestBase {

    /** An empty window to begin with; each shift makes its own at the size it walks. */
    ShiftWalkthroughTest() {
        super(800, 600);
    }

    @Test
    void aShiftAt1024x600() throws Exception {
        shift(new FxRobot(), 1024, 600, false);
    }

    @Test
    void aShiftAt1280x720() throws Exception {
        shift(new FxRobot(), 1280, 720, false);
    }

    @Test
    void aShiftAt1366x768() throws Exception {
        shift(new FxRobot(), 1366, 768, false);
    }

    @Test
    void aShiftAt1920x1080() throws Exception {
        shift(new FxRobot(), 1920, 1080, false);
    }

    @Test
    void aShiftAt1024x600With200PercentText() throws Exception {
        shift(new FxRobot(), 1024, 600, true);
    }

    @Test
    void aShiftAt1920x1080With200PercentText() throws Exception {
        shift(new FxRobot(), 1920, 1080, true);
    }

    private void shift(FxRobot robot, int width, int height, boolean largeText) throws Exception {
        logbook = TestLogbooks.create(dir);
        logbook.demo().generate(400, 17, n -> { });
        newWindow(width, height);
        robot.interact(() -> {
            if (largeText) {
                // On every screen the shift meets, the lock screen and the window rebuilt after unlocking too: the
                // walk checked the log and the dashboard at 100 % text before, as the unlocked window lost the style.
                scene.getRoot().setStyle("-fx-font-size: 2em;");
                scene.rootProperty().addListener((o, a, root) -> root.setStyle("-fx-font-size: 2em;"));
            }
            shell.showMain(logbook, false);
        });
        waitUntil(() -> mainWindowShown(robot));
        String size = width + "x" + height + (largeText ? "-200-percent" : "");

        // A data contact by keyboard, with a phone number in the notes that is redacted.
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.DIGIT2);
        robot.push(KeyCode.TAB);
        robot.push(KeyCode.SPACE);
        robot.push(KeyCode.TAB);
        robot.push(KeyCode.SPACE);
        robot.push(KeyCode.TAB);
        robot.push(KeyCode.SPACE);
        robot.push(KeyCode.TAB);
        robot.write("bluebird");
        robot.push(KeyCode.TAB);
        robot.write("Talked through what to do if the urge returns. Asked us to ring 07700 900123.");
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isPresent());
        clock.advance(java.time.Duration.ofSeconds(277));
        robot.interact(() -> shell.mainView().form().viewModel().tick());
        shot(size, "shift-form-warning-" + size);
        assertLaidOut(robot, size);

        Node redact = robot.lookup(".warning-row .button").match(n -> ((Button) n).getText().equals("Redact")).query();
        robot.interact(() -> ((Button) redact).fire());
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Saved:"));
        assertThat(scene.getFocusOwner().getId()).isEqualTo("callerTypeList");

        // A silent call: one key.
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.F2);
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().equals("Saved: silent call"));

        // Lock and unlock by keyboard.
        robot.push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> robot.lookup(".lock-screen").tryQuery().isPresent());
        waitUntil(logbook::isClosed);
        logbook = null;
        waitUntil(() -> scene.getFocusOwner() != null && "passwordField".equals(scene.getFocusOwner().getId()));
        robot.write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        waitUntil(() -> scene.getFocusOwner() != null && "callerTypeList".equals(scene.getFocusOwner().getId()));

        // The contact log: the whole date and time can be read.
        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(Section.CONTACT_LOG));
        waitUntil(() -> robot.lookup(".table-view").queryTableView().getItems().size() >= 100);
        assertDateColumnFits(robot);
        shot(size, "shift-log-" + size);

        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(Section.DASHBOARD));
        waitUntil(() -> !robot.lookup("#titleLabel").queryAs(Label.class).getText().isEmpty());
        Thread.sleep(300);
        shot(size, "shift-dashboard-" + size);
    }

    /** Save is on screen whole, and the rows of the form do not overlap each other. */
    private void assertLaidOut(FxRobot robot, String size) {
        Node save = robot.lookup("#saveButton").query();
        Bounds b = save.localToScene(save.getLayoutBounds());
        assertThat(b.getMinY()).as("Save on screen at " + size).isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxY()).as("Save on screen at " + size).isLessThanOrEqualTo(scene.getHeight());
        assertThat(b.getMaxX()).as("Save on screen at " + size).isLessThanOrEqualTo(scene.getWidth());
        assertInsideTheWindow(robot.lookup("#lockButton").query(), size);
        assertInsideTheWindow(robot.lookup("#signOutButton").query(), size);
        assertInsideTheWindow(robot.lookup("#notesArea").query(), size);
        assertApart(robot.lookup(".non-data-bar").query(), robot.lookup("#callerTypeListLabel").query(), size);
        assertApart(robot.lookup(".non-data-bar").query(), robot.lookup("#topicListLabel").query(), size);
        assertApart(robot.lookup("#callerTypeList").query(), robot.lookup("#notesAreaLabel").query(), size);
        assertApart(robot.lookup("#outcomeList").query(), robot.lookup("#notesAreaLabel").query(), size);
        assertApart(robot.lookup("#codewordField").query(), robot.lookup("#notesAreaLabel").query(), size);
    }

    /** Nothing the hands need sits past the window's right edge (at 200 % text the window grew wider than 1024). */
    private void assertInsideTheWindow(Node node, String size) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        assertThat(b.getMaxX()).as(node.getId() + " inside the window at " + size + ": " + b)
                .isLessThanOrEqualTo(scene.getWidth());
        assertThat(scene.getRoot().getLayoutBounds().getWidth()).as("the window's content at " + size)
                .isLessThanOrEqualTo(scene.getWidth());
    }

    private static void assertApart(Node a, Node b, String size) {
        Bounds ba = a.localToScene(a.getLayoutBounds());
        Bounds bb = b.localToScene(b.getLayoutBounds());
        boolean overlap = ba.getMinX() < bb.getMaxX() - 1 && bb.getMinX() < ba.getMaxX() - 1
                && ba.getMinY() < bb.getMaxY() - 1 && bb.getMinY() < ba.getMaxY() - 1;
        assertThat(overlap).as(a.getId() + "/" + a.getStyleClass() + " overlaps " + b.getId() + " at " + size
                + ": " + ba + " / " + bb).isFalse();
    }

    /** The "Date and time" column is wide enough for its widest text: nothing like "3 Dec 2026 0…". */
    private void assertDateColumnFits(FxRobot robot) {
        TableView<?> table = robot.lookup(".table-view").queryTableView();
        TableColumn<?, ?> when = table.getColumns().get(0);
        Object text = when.getCellData(0);
        javafx.scene.text.Text probe = new javafx.scene.text.Text(String.valueOf(text));
        Node cell = robot.lookup(".table-row-cell .table-cell").query();
        probe.setFont(((javafx.scene.control.Labeled) cell).getFont());
        assertThat(when.getWidth()).as("date column for '" + text + "'")
                .isGreaterThanOrEqualTo(probe.getLayoutBounds().getWidth() + 8);
    }

    /**
     * The pictures of docs/screenshots (1024×600 and 1366×768); the ones at 200 % text only into another folder
     * ({@code -Dscreenshots.folder}), to look at, not for the docs.
     */
    private void shot(String size, String name) throws Exception {
        boolean docs = size.equals("1024x600") || size.equals("1366x768");
        String folder = System.getProperty("screenshots.folder");
        boolean elsewhere = folder != null && !java.nio.file.Path.of(folder).toAbsolutePath().normalize()
                .endsWith(java.nio.file.Path.of("docs", "screenshots"));
        if ((docs || elsewhere) && Boolean.getBoolean("screenshots")) {
            saveScreenshot(scene.getRoot(), name);
        }
    }
}
