package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new-contact form on a 1024×600 laptop, as found at the desk (issue 17): the caller types can be read whole,
 * a group's heading stays readable when the first caller type under it is picked, and the picked "how they heard of
 * us" stays in view when identifier warnings appear and the lists shrink.
 */
class SmallScreenFormTest extends DesktopTestBase {

    SmallScreenFormTest() {
        super(Instant.now(), 1024, 600);
    }

    private List<ListCell<?>> callerTypeCells(FxRobot robot) {
        List<ListCell<?>> cells = new ArrayList<>();
        for (Node n : robot.lookup("#callerTypeList .list-cell").queryAll()) {
            if (n instanceof ListCell<?> cell && !cell.isEmpty() && cell.isVisible()) {
                cells.add(cell);
            }
        }
        return cells;
    }

    @Test
    void everyCallerTypeOnShowIsReadWholeNotCutShort(FxRobot robot) throws Exception {
        openMain(robot);
        List<String> cut = new ArrayList<>();
        for (ListCell<?> cell : callerTypeCells(robot)) {
            for (Node n : cell.lookupAll(".label")) {
                Label label = (Label) n;
                Text shown = (Text) label.lookup(".text");
                if (shown != null && !label.getText().isBlank()
                        && !shown.getText().replace("\n", " ").strip().equals(label.getText().strip())) {
                    cut.add(label.getText() + " shown as \"" + shown.getText() + "\"");
                }
            }
        }
        // At the desk "At risk: worried about own thoughts or ..." and "Partner, relative or friend of someone
        // who ..." were cut: the first caller type of each group did not wrap as the others do.
        assertThat(cut).isEmpty();
    }

    @Test
    void aGroupHeadingStaysReadableWhenItsFirstCallerTypeIsPicked(FxRobot robot) throws Exception {
        openMain(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.DIGIT1);
        robot.push(KeyCode.TAB); // the list keeps its pick but not the focus, as while the worker fills in the rest
        WaitForAsyncUtils.waitForFxEvents();

        ListCell<?> picked = callerTypeCells(robot).stream().filter(ListCell::isSelected).findFirst().orElseThrow();
        Label heading = (Label) picked.lookup(".group-header");
        assertThat(heading).isNotNull();
        Color text = (Color) heading.getTextFill();
        List<BackgroundFill> fills = picked.getBackground().getFills();
        Color behind = (Color) fills.get(fills.size() - 1).getFill();
        // WCAG's large-text minimum; the heading was white on light grey (about 1.2).
        assertThat(Contrast.ratio(text, behind)).as("contrast of %s on %s", text, behind).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void thePickedItemsStayInViewWhenWarningsShrinkTheForm(FxRobot robot) throws Exception {
        openMain(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.DIGIT2);
        ListView<?> callerTypes = query(robot, "#callerTypeList");
        int pickedCallerType = callerTypes.getSelectionModel().getSelectedIndex();
        ListView<?> sources = query(robot, "#sourceList");
        robot.interact(sources::requestFocus);
        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        // The lowest way they heard of us still whole in the list: the first to slide out when the list shrinks.
        while (shownWhole(sources, sources.getSelectionModel().getSelectedIndex() + 1)) {
            robot.push(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        int pickedSource = sources.getSelectionModel().getSelectedIndex();
        assertThat(pickedSource).isPositive();

        robot.clickOn("#notesArea").write("Asked us to ring 07700 900123 later.");
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        // At the desk the warnings took the lists' height and the picks slid out of view past the lists' edges.
        assertThat(shownWhole(sources, pickedSource)).as("the picked source in view").isTrue();
        assertThat(shownWhole(callerTypes, pickedCallerType)).as("the picked caller type in view").isTrue();
    }

    @Test
    void atDoubleTextSizeTheListsWrapInsteadOfScrollingSideways(FxRobot robot) throws Exception {
        newWindow(1366, 768);
        openMain(robot);
        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 2em;"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> sideways = new ArrayList<>();
        for (String list : List.of("#callerTypeList", "#topicList", "#outcomeList", "#sourceList")) {
            for (Node n : robot.lookup(list + " .scroll-bar").queryAll()) {
                if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                    sideways.add(list);
                }
            }
        }
        // The rows were sized to the list's width less 28 pixels, the scrollbar at 100 %: at 200 % the wider
        // scrollbar pushed the topics sideways, with a horizontal scrollbar and "Indecent communication ..." cut.
        assertThat(sideways).isEmpty();
    }

    /** Whether the row {@code index} of {@code list} is on show whole inside the list. */
    private static boolean shownWhole(ListView<?> list, int index) {
        Bounds inside = list.localToScene(list.getLayoutBounds());
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && cell.getIndex() == index && cell.isVisible()) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                return b.getMinY() >= inside.getMinY() - 0.5 && b.getMaxY() <= inside.getMaxY() + 0.5;
            }
        }
        return false;
    }
}
