package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The contact log's columns at 1024×600 (issue 17 point 3, left over after session 5): headings whole where a plain
 * word fits, a tooltip with the full heading on every heading, no sideways scrolling at 100 % or 200 % text, and the
 * table showing when it holds the keyboard focus, in the light and the dark theme; every column on screen whole with
 * the menu open as well as closed, the date and time whole. With {@code -Dscreenshots=true} it writes
 * shift-log-1024x600-menu-open.png.
 */
class ContactLogColumnsTest extends DesktopTestBase {

    ContactLogColumnsTest() {
        super(1024, 600);
    }

    /** A manager's logbook (so "Logged by" shows too) with the demo's wordy caller types, topics and sources. */
    @BeforeEach
    void demoContacts() {
        logbook = TestLogbooks.create(dir);
        logbook.demo().generate(300, 1, n -> { });
    }

    @Test
    void withTheMenuOpenEveryHeadingIsWholeAndHoveringOneShowsItInFull(FxRobot robot) throws Exception {
        TableView<?> table = openLog(robot);
        openMenu(robot);
        if (Boolean.getBoolean("screenshots")) {
            saveScreenshot(scene.getRoot(), "log-columns-1024x600-menu-open");
        }
        // "Caller type" and "Outcomes" were cut to "Caller..." and "Outc...": shorter plain words fit.
        assertThat(cutHeadings(table)).as("headings cut at 1024×600 with the menu open").isEmpty();

        Node heading = header(table, 3);
        robot.moveTo(heading);
        waitUntil(() -> tooltipShowing().isPresent());
        assertThat(tooltipShowing().orElseThrow().getText()).isEqualTo(table.getColumns().get(3).getText());
        robot.moveTo("#searchField"); // the tooltip goes before the window is shut
        waitUntil(() -> tooltipShowing().isEmpty());
    }

    @Test
    void atDoubleTextSizeTheLogFitsItsWidthWithTheMenuOpenAndClosed(FxRobot robot) throws Exception {
        TableView<?> table = openLog(robot);
        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 2em;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFits(table, "200 %, menu closed");
        if (Boolean.getBoolean("screenshots")) {
            saveScreenshot(scene.getRoot(), "log-columns-1024x600-200-percent");
            saveScreenshot(table, "log-table-200-percent-menu-closed");
        }
        openMenu(robot);
        assertFits(table, "200 %, menu open");
        if (Boolean.getBoolean("screenshots")) {
            saveScreenshot(table, "log-table-200-percent-menu-open");
        }


        robot.interact(() -> scene.getRoot().setStyle(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getVisibleLeafColumns()).as("every column back at 100 %").hasSize(9);
        assertFits(table, "100 % again, menu open");
    }

    @Test
    void theTableShowsWhenItHasTheKeyboardFocusInBothThemes(FxRobot robot) throws Exception {
        TableView<?> table = openLog(robot);
        for (String theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> Theme.apply(theme));
            robot.interact(() -> robot.lookup("#searchField").query().requestFocus());
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage away = picture(table);
            robot.interact(table::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.isFocused()).isTrue();
            WritableImage focused = picture(table);
            if (Boolean.getBoolean("screenshots")) {
                saveScreenshot(scene.getRoot(), "log-table-focused-" + theme);
            }
            // The table's edge, half-way down: a ring there, not only a changed row colour.
            assertThat(edgeDiffers(away, focused)).as("the table's edge shows the focus, " + theme).isTrue();
        }
        robot.interact(() -> Theme.apply(Theme.LIGHT));
    }

    private TableView<?> openLog(FxRobot robot) throws Exception {
        openMain(robot);
        goTo(robot, Section.CONTACT_LOG);
        waitUntil(() -> robot.lookup(".table-view").queryTableView().getItems().size() >= 100);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".table-view").queryTableView();
    }

    private void openMenu(FxRobot robot) throws Exception {
        ToggleButton menu = robot.lookup("#menuButton").queryAs(ToggleButton.class);
        if (!menu.isSelected()) {
            robot.clickOn(menu);
            waitUntil(menu::isSelected);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertFits(TableView<?> table, String state) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> sideways = new ArrayList<>();
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                sideways.add("a sideways scroll bar");
            }
        }
        assertThat(sideways).as("the log at " + state).isEmpty();
        double total = 0;
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            total += column.getWidth();
        }
        assertThat(total).as("the columns' widths against the table's, " + state)
                .isLessThanOrEqualTo(table.getWidth());
        // The page itself no wider than the window: at 200 % the demo logbook's badge held the top bar (and with it
        // the page, the table's right edge beyond the window's) at 1169 px.
        assertThat(table.localToScene(table.getLayoutBounds()).getMaxX()).as("the table inside the window, " + state)
                .isLessThanOrEqualTo(scene.getWidth());
        TableColumn<?, ?> when = table.getColumns().get(0);
        assertThat(when.isVisible()).as("date and time shown, " + state).isTrue();
        assertThat(isCut(header(table, 0)) || cellCut(table)).as("date and time whole, " + state).isFalse();
    }

    private static boolean cellCut(TableView<?> table) {
        for (Node n : table.lookupAll(".table-row-cell .table-cell")) {
            if (n instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getTableColumn() == table.getColumns().get(0)
                    && cell.getText() != null && !cell.getText().isEmpty()) {
                Text shown = (Text) cell.lookup(".text");
                return shown != null && !shown.getText().equals(cell.getText());
            }
        }
        return false;
    }

    private static List<String> cutHeadings(TableView<?> table) {
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < table.getColumns().size(); i++) {
            if (table.getColumns().get(i).isVisible() && isCut(header(table, i))) {
                cut.add(table.getColumns().get(i).getText());
            }
        }
        return cut;
    }

    private static TableColumnHeader header(TableView<?> table, int column) {
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader h && h.getTableColumn() == table.getColumns().get(column)) {
                return h;
            }
        }
        throw new AssertionError("no heading for column " + column);
    }

    /** Whether the heading shows less than its text (elided). */
    private static boolean isCut(TableColumnHeader header) {
        Label label = (Label) header.lookup(".label");
        Text shown = (Text) label.lookup(".text");
        return shown != null && !shown.getText().equals(label.getText());
    }

    private static java.util.Optional<Tooltip> tooltipShowing() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing()).map(w -> (Tooltip) w)
                .findFirst();
    }

    private static WritableImage picture(Node node) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
    }

    /** Whether the pictures differ in the outermost 3 pixels of the left edge, half-way down. */
    private static boolean edgeDiffers(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int middle = (int) a.getHeight() / 2;
        for (int y = middle - 10; y < middle + 10; y++) {
            for (int x = 0; x < 3; x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theLogFitsAt1024x600WithTheMenuOpenAndClosed(FxRobot robot) throws Exception {
        openMain(robot);
        goTo(robot, Section.CONTACT_LOG);
        waitUntil(() -> robot.lookup(".table-view").queryTableView().getItems().size() >= 100);

        ToggleButton menu = robot.lookup("#menuButton").queryAs(ToggleButton.class);
        assertThat(menu.isSelected()).as("the menu starts closed at 1024 px").isFalse();
        assertAllColumnsFitWhole(robot, "menu closed");

        robot.clickOn(menu);
        waitUntil(menu::isSelected);
        WaitForAsyncUtils.waitForFxEvents();
        assertAllColumnsFitWhole(robot, "menu open");
        if (Boolean.getBoolean("screenshots")) {
            saveScreenshot(scene.getRoot(), "shift-log-1024x600-menu-open");
        }

        robot.clickOn(menu);
        waitUntil(() -> !menu.isSelected());
        WaitForAsyncUtils.waitForFxEvents();
        assertAllColumnsFitWhole(robot, "menu closed again");
    }

    private void assertAllColumnsFitWhole(FxRobot robot, String state) throws Exception {
        TableView<?> table = robot.lookup(".table-view").queryTableView();
        WaitForAsyncUtils.waitForFxEvents();
        Node firstCell = robot.lookup(".table-row-cell .table-cell").query();
        Bounds tableBounds = table.localToScene(table.getLayoutBounds());
        double total = 0;
        for (TableColumn<?, ?> column : table.getVisibleLeafColumns()) {
            total += column.getWidth();
        }
        assertThat(table.getVisibleLeafColumns()).as(state).hasSize(9); // with "Logged by" for a manager
        assertThat(total).as("the columns' widths against the table's, " + state)
                .isLessThanOrEqualTo(tableBounds.getWidth());
        assertThat(tableBounds.getMaxX()).as("the table on screen, " + state).isLessThanOrEqualTo(scene.getWidth());
        // the last column's header is on screen whole
        Node lastHeader = robot.lookup(".column-header").queryAll().stream()
                .filter(h -> h.isVisible() && h.getStyleClass().contains("column-header")
                        && h.lookup(".label") != null && "Logged by".equals(((Label) h
                        .lookup(".label")).getText()))
                .findFirst().orElseThrow();
        Bounds header = lastHeader.localToScene(lastHeader.getLayoutBounds());
        assertThat(header.getMaxX()).as("\"Logged by\" whole, " + state).isLessThanOrEqualTo(tableBounds.getMaxX());
        // the date and time is whole
        TableColumn<?, ?> when = table.getColumns().get(0);
        Text probe = new Text(String.valueOf(when.getCellData(0)));
        probe.setFont(((Labeled) firstCell).getFont());
        assertThat(when.getWidth()).as("date column, " + state)
                .isGreaterThanOrEqualTo(probe.getLayoutBounds().getWidth() + 8);
    }
}
