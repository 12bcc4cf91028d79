package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The focus rules of docs/adr/0005 (issue 17): after unlocking, adding an account or saving an edit, the focus goes
 * to the next thing the hands need, never to Lock, Sign out or a destructive button. Also the lock screen's own
 * wording and Sign out.
 */
class FocusRulesTest extends DesktopTestBase {

    FocusRulesTest() {
        super(Instant.now(), 1366, 768);
    }

    private Node focusOwner() {
        return shell.current().getScene().getFocusOwner();
    }

    private void assertFocusNotOnTopBar() {
        Node f = focusOwner();
        assertThat(f).isNotNull();
        assertThat(f.getId()).isNotIn("lockButton", "signOutButton", "menuButton", "dismissWarningsButton");
        assertThat(f.getStyleClass()).doesNotContain("nav-button", "danger");
    }

    @Test
    void unlockingCarriesOnInTheSectionLeftWithTheFocusInIt(FxRobot robot) throws Exception {
        openMain(robot);
        goTo(robot, Section.CONTACT_LOG);
        robot.interact(shell::lock);
        waitUntil(logbook::isClosed);

        robot.clickOn("#passwordField").write("not the password").push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText()
                .equals("That password is not right. Type it again."));
        clock.advance(java.time.Duration.ofMinutes(1)); // past the wait after a wrong password
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        logbook = null;

        assertThat(shell.mainView().viewModel().sectionProperty().get()).isEqualTo(Section.CONTACT_LOG);
        waitUntil(() -> focusOwner() != null);
        assertFocusNotOnTopBar();
    }

    @Test
    void unlockingOnTheFormPutsTheFocusOnTheCallerType(FxRobot robot) throws Exception {
        openMain(robot);
        lockAndUnlock(robot);
        // The scene first focuses its first control, then the form moves the focus on in a later pulse.
        waitUntil(() -> focusOwner() != null && "callerTypeList".equals(focusOwner().getId()));
        assertThat(focusOwner().getId()).isEqualTo("callerTypeList");
    }

    @Test
    void signOutClosesTheLogbookAndShowsTheSignIn(FxRobot robot) throws Exception {
        openMain(robot);
        robot.clickOn("#signOutButton");
        waitUntil(() -> robot.lookup("#usernameField").tryQuery().isPresent());
        waitUntil(logbook::isClosed);
        logbook = null;
    }

    @Test
    void enterAddsTheAccountAndTheFocusGoesToItsRowInTheList(FxRobot robot) throws Exception {
        openMain(robot);
        goTo(robot, Section.ACCOUNTS);
        robot.clickOn("#usernameField").write("worker7");
        robot.clickOn("#passwordField").write("another long password");
        robot.clickOn("#repeatField").write("another long password").push(KeyCode.ENTER);

        waitUntil(() -> logbook.accounts().list().stream().anyMatch(a -> a.username().equals("worker7")));
        waitUntil(() -> focusOwner() instanceof TableView);
        TableView<?> table = (TableView<?>) focusOwner();
        assertThat(table.getSelectionModel().getSelectedItem().toString()).contains("worker7");
    }

    @Test
    void savingAnEditPutsTheFocusBackOnTheListNotOnDelete(FxRobot robot) throws Exception {
        openOneContactFromTheLog(robot);
        robot.clickOn("Edit");
        robot.clickOn("Save changes");
        waitUntil(() -> showing(robot, "Edit"));

        assertThat(focusOwner()).isInstanceOf(TableView.class);
    }

    @Test
    void openingAContactFromTheLogPutsTheFocusOnEditOnceEditingIsAllowed(FxRobot robot) throws Exception {
        openOneContactFromTheLog(robot);
        waitUntil(() -> showing(robot, "Edit"));

        // At the desk the focus stayed on Close: whether the contact may be edited is read after the pane opens.
        waitUntil(() -> focusOwner() != null && "editButton".equals(focusOwner().getId()));
    }
}
