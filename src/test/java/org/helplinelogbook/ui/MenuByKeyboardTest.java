package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The menu by keyboard alone, as found driving a shift at 1024×600 (issue 17): the arrow keys opened every section
 * they passed (a toggle group's own keys), so walking down to Settings built and read the dashboard on the way. The
 * arrow keys move between the entries; Enter or Space opens the one with the focus.
 */
class MenuByKeyboardTest extends DesktopTestBase {

    MenuByKeyboardTest() {
        super(Instant.now(), 1366, 768);
    }

    private String focusedEntry() {
        Node f = shell.current().getScene().getFocusOwner();
        return f instanceof ToggleButton b && b.getStyleClass().contains("nav-button") ? b.getText() : null;
    }

    private Section section() {
        return shell.mainView().viewModel().sectionProperty().get();
    }

    private void press(FxRobot robot, KeyCode... chord) {
        robot.push(chord);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theArrowKeysMoveThroughTheMenuAndEnterOrSpaceOpensTheSection(FxRobot robot) throws Exception {
        openMain(robot);
        robot.interact(() -> robot.lookup("#lockButton").query().requestFocus());
        press(robot, KeyCode.TAB);
        assertThat(focusedEntry()).isEqualTo("New contact");

        press(robot, KeyCode.DOWN);
        press(robot, KeyCode.DOWN); // past the "Manage" heading
        assertThat(focusedEntry()).isEqualTo("Dashboard");
        assertThat(section()).as("passing an entry does not open it").isEqualTo(Section.NEW_CONTACT);
        press(robot, KeyCode.UP);
        assertThat(focusedEntry()).isEqualTo("Contact log");
        press(robot, KeyCode.ENTER);
        assertThat(section()).isEqualTo(Section.CONTACT_LOG);

        press(robot, KeyCode.UP);
        press(robot, KeyCode.SPACE);
        assertThat(section()).isEqualTo(Section.NEW_CONTACT);
    }

    @Test
    void ctrlMShowsTheMenuWithTheFocusOnTheOpenSectionAndHidingItGivesTheFocusBack(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.M);
        assertThat(shell.mainView().menuShown()).isFalse();
        assertThat(focusedEntry()).as("hiding a menu the focus is not in leaves the focus where it was").isNull();

        press(robot, KeyCode.CONTROL, KeyCode.M);
        assertThat(shell.mainView().menuShown()).isTrue();
        assertThat(focusedEntry()).as("the menu shown by keyboard has the focus").isEqualTo("New contact");

        press(robot, KeyCode.CONTROL, KeyCode.M);
        Node f = shell.current().getScene().getFocusOwner();
        assertThat(f).as("the focus goes back to the form, not lost with the hidden menu").isNotNull();
        assertThat(f.isVisible()).isTrue();
        assertThat(f.getStyleClass()).doesNotContain("nav-button");
        assertThat(f.getId()).isNotIn("lockButton", "signOutButton", "menuButton");
    }
}
