package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import org.helplinelogbook.logbook.DemoData;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The contact log at 1024×600 (issue 17 point 3) fits with the menu open as well as closed: every column on screen
 * whole (none cut at the right edge, no sideways scrolling), the date and time shown whole, the wordy columns giving
 * way (elided, with a tooltip). With {@code -Dscreenshots=true} it writes shift-log-1024x600-menu-open.png.
 */
class ContactLogFitTest extends DesktopTestBase {

    ContactLogFitTest() {
        super(1024, 600);
    }

    /** A manager's logbook (so "Logged by" shows too) with the demo's wordy caller types, topics and sources. */
    @BeforeEach
    void demoContacts() {
        logbook = TestLogbooks.create(dir);
        DemoData.generate(logbook, 300, 1, n -> { });
    }

    @Test
    void theLogFitsAt1024x600WithTheMenuOpenAndClosed(FxRobot robot) throws Exception {
        openMain(robot);
        goTo(robot, Section.CONTACT_LOG);
        waitUntil(() -> robot.lookup(".table-view").queryTableView().getItems().size() >= 100);

        ToggleButton menu = robot.lookup("#menuButton").queryAs(ToggleButton.class);
        assertThat(menu.isSelected()).as("the menu starts closed at 1024 px").isFalse();
        assertColumnsFit(robot, "menu closed");

        robot.clickOn(menu);
        waitUntil(menu::isSelected);
        WaitForAsyncUtils.waitForFxEvents();
        assertColumnsFit(robot, "menu open");
        if (Boolean.getBoolean("screenshots")) {
            saveScreenshot(scene.getRoot(), "shift-log-1024x600-menu-open");
        }

        robot.clickOn(menu);
        waitUntil(() -> !menu.isSelected());
        WaitForAsyncUtils.waitForFxEvents();
        assertColumnsFit(robot, "menu closed again");
    }

    private void assertColumnsFit(FxRobot robot, String state) throws Exception {
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
