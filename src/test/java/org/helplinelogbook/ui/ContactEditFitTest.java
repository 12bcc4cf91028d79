package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import org.helplinelogbook.ui.common.EnGbDates;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The contact log's edit panel on a small laptop (issue 17, found by keyboard): at 1024×600 its topics list grew a
 * horizontal scrollbar, the long topic names running off its right edge. At 1024×600 and 1366×768 the lists show
 * without one and no name in them is cut short. Its date field shows the date day first, as every other one.
 */
class ContactEditFitTest extends DesktopTestBase {

    ContactEditFitTest() {
        super(Instant.now(), 1024, 600);
    }

    @Test
    void theEditPanelsListsFitWithoutAHorizontalScrollbarAt1024x600(FxRobot robot) throws Exception {
        editTheContact(robot);
        assertTheListsFit(robot, "1024x600");
    }

    @Test
    void theEditPanelsListsFitWithoutAHorizontalScrollbarAt1366x768(FxRobot robot) throws Exception {
        newWindow(1366, 768);
        editTheContact(robot);
        assertTheListsFit(robot, "1366x768");
    }

    @Test
    void theEditPanelsDateIsDayFirstWhateverTheSystemLocale(FxRobot robot) throws Exception {
        editTheContact(robot);
        DatePicker date = query(robot, "#datePicker");
        // The panel's picker sits in a scroll pane the en-GB setup did not reach: it showed "12/3/2026".
        assertThat(date.getEditor().getText()).isEqualTo(EnGbDates.SHORT.format(date.getValue()));
    }

    @Test
    void theEditPanelsLabelsKeepTheirWordsWholeAt1024x600(FxRobot robot) throws Exception {
        // Found by keyboard at 1024x600: the labels' column was squeezed to one letter, "Date" shown as D / a / t / e
        // down the side and "Time (24-hour)" as a column of single characters.
        editTheContact(robot);
        List<String> broken = new ArrayList<>();
        for (Node n : robot.lookup("#formGrid > .label").queryAll()) {
            Label label = (Label) n;
            for (String word : label.getText().split("\\s+")) {
                Text measured = new Text(word);
                measured.setFont(label.getFont());
                double room = label.getWidth() - label.getPadding().getLeft() - label.getPadding().getRight();
                if (measured.getLayoutBounds().getWidth() > room + 0.5) {
                    broken.add("\"" + word + "\" in \"" + label.getText() + "\" (" + Math.round(room) + " px)");
                }
            }
        }
        assertThat(broken).as("words broken across lines").isEmpty();
    }

    private void editTheContact(FxRobot robot) throws Exception {
        openOneContactFromTheLog(robot);
        waitUntil(() -> showing(robot, "#editButton") && !robot.lookup("#editButton").query().isDisabled());
        robot.clickOn("#editButton");
        waitUntil(() -> showing(robot, "#topicsList"));
    }

    private static void assertTheListsFit(FxRobot robot, String size) {
        List<String> problems = new ArrayList<>();
        for (String list : List.of("#topicsList", "#outcomesList")) {
            for (Node n : robot.lookup(list + " .scroll-bar").queryAll()) {
                if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                    problems.add(list + " has a horizontal scrollbar");
                }
            }
            for (Node n : robot.lookup(list + " .list-cell").queryAll()) {
                if (n instanceof ListCell<?> cell && !cell.isEmpty() && cell.isVisible() && cutShort(cell)) {
                    problems.add(list + ": \"" + cell.getText() + "\" is cut short");
                }
            }
        }
        assertThat(problems).as("at %s", size).isEmpty();
    }

    private static boolean cutShort(Labeled l) {
        // The cell's own text (a direct child), not the one inside its check box.
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && l.getText() != null) {
                return !shown.getText().replace("\n", " ").strip().equals(l.getText().replace("\n", " ").strip());
            }
        }
        return false;
    }
}
