package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.contactform.ContactFormViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The traps a worker met on the new-contact form during a shift (issue 17), each driven by keyboard on the real
 * window over a real encrypted logbook: a hidden pick that blocked the non-data keys and came back after a lock,
 * no way to clear the form, Ctrl+N that did not ask, and the focus landing where the hands are not.
 */
class FormTrapsTest extends DesktopTestBase {

    FormTrapsTest() {
        super(Instant.parse("2025-03-04T10:15:00Z"), 1280, 760);
    }

    private void press(FxRobot robot, KeyCode... chord) {
        robot.push(chord);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ContactFormViewModel form() {
        return shell.mainView().form().viewModel();
    }

    private String focusedId(FxRobot robot) {
        Node n = shell.current().getScene().getFocusOwner();
        return n == null ? null : n.getId();
    }

    private void answerDialog(FxRobot robot, String buttonText) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Node button = robot.lookup(".dialog-pane .button").match(n -> ((Button) n).getText().equals(buttonText)).query();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void unPickingTheCallerTypeClearsItSoTheSilentCallKeyWorks(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT1);
        assertThat(form().callerTypeProperty().get()).isEqualTo("at_risk");

        press(robot, KeyCode.CONTROL, KeyCode.SPACE); // un-pick the picked row
        assertThat(robot.lookup("#callerTypeList").queryAs(ListView.class).getSelectionModel().isEmpty()).isTrue();
        assertThat(form().callerTypeProperty().get()).as("nothing hidden behind an empty list").isNull();

        press(robot, KeyCode.F2);
        waitUntil(() -> TestLogbooks.contacts(logbook).size() == 1);
        assertThat(TestLogbooks.contacts(logbook).get(0).callerType()).isEqualTo("silent");
    }

    @Test
    void anUnPickedFormLeavesNoDraftThatComesBackAfterALock(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT1);
        press(robot, KeyCode.CONTROL, KeyCode.SPACE);

        lockAndUnlock(robot);

        assertThat(robot.lookup("#callerTypeList").queryAs(ListView.class).getSelectionModel().isEmpty()).isTrue();
        assertThat(form().callerTypeProperty().get()).isNull();
        assertThat(form().holdsEnteredData()).isFalse();
    }

    @Test
    void escOnAFilledFormAsksThenClearsItAndLeavesNoDraftBehind(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT3);
        robot.clickOn("#notesArea").write("A call that was not one");
        robot.interact(() -> form().autosaveIfChanged());
        waitUntil(() -> logbook.contacts().loadDraft().isPresent());

        press(robot, KeyCode.ESCAPE);
        answerDialog(robot, "Keep editing");
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo("A call that was not one");
        assertThat(focusedId(robot)).isEqualTo("notesArea");

        press(robot, KeyCode.ESCAPE);
        answerDialog(robot, "Clear form");

        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(form().callerTypeProperty().get()).isNull();
        assertThat(robot.lookup("#timerLabel").queryAs(Label.class).getText()).isEqualTo("00:00");
        assertThat(focusedId(robot)).isEqualTo("callerTypeList");
        waitUntil(() -> logbook.contacts().loadDraft().isEmpty());
        lockAndUnlock(robot);
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(form().holdsEnteredData()).isFalse();
    }

    @Test
    void escAndClearFormOnAnEmptyFormDoNotAsk(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.ESCAPE);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#timerLabel").queryAs(Label.class).getText()).isEqualTo("00:00");
        robot.clickOn("#clearButton");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void ctrlNOnAFilledFormAsksBeforeDiscarding(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#codewordField").write("blue kite");

        press(robot, KeyCode.CONTROL, KeyCode.N);
        answerDialog(robot, "Keep editing");
        assertThat(robot.lookup("#codewordField").queryAs(TextField.class).getText()).isEqualTo("blue kite");

        press(robot, KeyCode.CONTROL, KeyCode.N);
        answerDialog(robot, "Discard and start new");
        assertThat(robot.lookup("#codewordField").queryAs(TextField.class).getText()).isEmpty();
        assertThat(form().timerRunningProperty().get()).isTrue();
        waitUntil(() -> logbook.contacts().loadDraft().isEmpty());
    }

    @Test
    void afterSavingTheFormIsEmptyTheFocusOnCallerTypeAndTheStatusGoesAtTheNextAction(FxRobot robot)
            throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT3);
        robot.interact(() -> form().sourceProperty().set("not_asked"));
        robot.interact(() -> shell.mainView().root().lookup("#saveButton").requestFocus());
        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> TestLogbooks.contacts(logbook).size() == 1);
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Saved:"));

        assertThat(focusedId(robot)).isEqualTo("callerTypeList");
        assertThat(form().holdsEnteredData()).isFalse();
        assertThat(robot.lookup("#timerLabel").queryAs(Label.class).getText()).isEqualTo("00:00");

        press(robot, KeyCode.DIGIT2);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void keepingAnIdentifierPutsTheFocusBackInTheNotesAndCtrlEnterThenSaves(FxRobot robot) throws Exception {
        aCallWithAPhoneNumberInTheNotes(robot);
        Node keep = robot.lookup(".warning-row .button").match(n -> ((Button) n).getText().equals("Keep…")).query();
        robot.clickOn(keep);
        robot.write("asked to be rung back").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(focusedId(robot)).isEqualTo("notesArea");
        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> TestLogbooks.contacts(logbook).size() == 1);
    }

    @Test
    void aSaveRefusedForIdentifiersPutsTheFocusOnTheFirstRedact(FxRobot robot) throws Exception {
        aCallWithAPhoneNumberInTheNotes(robot);
        robot.interact(() -> robot.lookup("#callerTypeList").query().requestFocus()); // back at the top, as at the desk

        press(robot, KeyCode.CONTROL, KeyCode.ENTER);

        assertThat(TestLogbooks.contacts(logbook)).isEmpty();
        // At the desk the focus stayed on the caller types: six Tabs from the warning that had to be dealt with.
        Node f = shell.current().getScene().getFocusOwner();
        assertThat(f).isInstanceOf(Button.class);
        assertThat(((Button) f).getText()).isEqualTo("Redact");
        press(robot, KeyCode.SPACE);
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isEmpty());
        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> TestLogbooks.contacts(logbook).size() == 1);
    }

    /** A data contact with all it needs but a phone number in its notes, the warning on show. */
    private void aCallWithAPhoneNumberInTheNotes(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT3);
        robot.interact(() -> form().sourceProperty().set("not_asked"));
        robot.clickOn("#notesArea").write("Ring 07700 900123 back.");
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isPresent());
    }

    @Test
    void redactingPutsTheFocusBackInTheNotes(FxRobot robot) throws Exception {
        openMain(robot);
        robot.clickOn("#notesArea").write("Ring 07700 900123 back.");
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isPresent());
        Node redact = robot.lookup(".warning-row .button").match(n -> ((Button) n).getText().equals("Redact")).query();
        robot.clickOn(redact);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId(robot)).isEqualTo("notesArea");
    }

    @Test
    void ctrlEnterSavesEvenWithTheFocusOnLock(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT3);
        robot.interact(() -> form().sourceProperty().set("not_asked"));
        robot.interact(() -> shell.mainView().root().lookup("#lockButton").requestFocus());

        press(robot, KeyCode.CONTROL, KeyCode.ENTER);

        waitUntil(() -> TestLogbooks.contacts(logbook).size() == 1);
        assertThat(mainWindowShown(robot)).as("not locked").isTrue();
    }

    @Test
    void tabLeavesTheNotesAndCtrlTabTypesATab(FxRobot robot) throws Exception {
        openMain(robot);
        robot.clickOn("#notesArea").write("a");
        press(robot, KeyCode.CONTROL, KeyCode.TAB);
        robot.write("b");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo("a\tb");

        press(robot, KeyCode.TAB);
        assertThat(focusedId(robot)).isNotEqualTo("notesArea");
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo("a\tb");
        press(robot, KeyCode.SHIFT, KeyCode.TAB);
        assertThat(focusedId(robot)).isEqualTo("notesArea");
    }

    @Test
    void escInTheTopicListAsksToClearTheFormOnceNoFilterIsLeftToWiden(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT3);
        press(robot, KeyCode.TAB);
        assertThat(focusedId(robot)).isEqualTo("topicList");
        press(robot, KeyCode.SPACE);
        robot.write("arr");
        WaitForAsyncUtils.waitForFxEvents();

        press(robot, KeyCode.ESCAPE); // first Esc widens the filter again, nothing else
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#topicHint").queryAs(Label.class).getText()).isEqualTo("Type to filter · Space ticks");

        press(robot, KeyCode.ESCAPE); // with no filter left, Esc is the form's "Clear form" as everywhere else
        answerDialog(robot, "Clear form");
        assertThat(form().holdsEnteredData()).isFalse();
        assertThat(focusedId(robot)).isEqualTo("callerTypeList");
    }

    @Test
    void escInTheOutcomeListAsksToClearTheForm(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT3);
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.TAB);
        assertThat(focusedId(robot)).isEqualTo("outcomeList");
        press(robot, KeyCode.ESCAPE);
        answerDialog(robot, "Keep editing");
        assertThat(form().callerTypeProperty().get()).isEqualTo("offended_contact");
        assertThat(focusedId(robot)).as("Keep editing puts the hands back where they were").isEqualTo("outcomeList");
    }

    @Test
    void afterKeepingAnIdentifierTheTypingCarriesOnWhereItStopped(FxRobot robot) throws Exception {
        openMain(robot);
        robot.clickOn("#notesArea").write("Ring 07700 900123 back.");
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isPresent());
        // By keyboard, as at the desk: Tab from the notes to Show, Redact, Keep…
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.TAB);
        assertThat(((Button) shell.current().getScene().getFocusOwner()).getText()).isEqualTo("Keep…");
        press(robot, KeyCode.SPACE);
        robot.write("asked to be rung back").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId(robot)).isEqualTo("notesArea");

        robot.write(" Calm.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText())
                .isEqualTo("Ring 07700 900123 back. Calm.");
    }

    @Test
    void afterRedactingTheTypingCarriesOnAtTheEndOfTheNotes(FxRobot robot) throws Exception {
        openMain(robot);
        robot.clickOn("#notesArea").write("Ring 07700 900123 back.");
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isPresent());
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.TAB);
        assertThat(((Button) shell.current().getScene().getFocusOwner()).getText()).isEqualTo("Redact");
        press(robot, KeyCode.SPACE);
        assertThat(focusedId(robot)).isEqualTo("notesArea");

        robot.write(" Calm.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo("Ring [PHONE] back. Calm.");
    }

    @Test
    void theStillNeededLineGoesOnceTheMissingFieldIsGiven(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT3);
        press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Not saved yet. Still needed: how they heard of us.");

        robot.interact(() -> form().sourceProperty().set("not_asked"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).isEmpty();
    }

    private static int firstRowOnShow(ListView<?> list) {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        return flow.getFirstVisibleCell().getIndex();
    }

    private static int lastRowOnShow(ListView<?> list) {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        return flow.getLastVisibleCell().getIndex();
    }

    @Test
    void aPickRestoredAfterUnlockingIsScrolledIntoSight(FxRobot robot) throws Exception {
        // Found in a shift by keyboard: "Adult survivor" picked, the desk locked and unlocked, and the list came back
        // at its first rows with the pick out of sight, so the worker could not see which caller type was kept.
        newWindow(1024, 600);
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT9);
        ListView<?> callerTypes = robot.lookup("#callerTypeList").queryAs(ListView.class);
        int picked = callerTypes.getSelectionModel().getSelectedIndex();

        lockAndUnlock(robot);
        waitUntil(() -> "survivor".equals(form().callerTypeProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> after = robot.lookup("#callerTypeList").queryAs(ListView.class);
        assertThat(after.getSelectionModel().getSelectedIndex()).isEqualTo(picked);
        assertThat(picked).isBetween(firstRowOnShow(after), lastRowOnShow(after));
    }

    @Test
    void theNonDataRowKeepsItsLabelWhenTheWindowIsBuiltWhileSigningIn(FxRobot robot) throws Exception {
        // Found signing in at 1366x768: the row of one-key buttons had lost "Non-data contact — one key saves it:",
        // cleared with the empty window's buttons when the logbook's caller types arrived.
        TestLogbooks.create(dir).close();
        robot.interact(shell::start);
        robot.clickOn("#usernameField").eraseText(30).write(TestLogbooks.MANAGER);
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        javafx.scene.layout.FlowPane row = robot.lookup("#nonDataBox").queryAs(javafx.scene.layout.FlowPane.class);
        waitUntil(() -> row.getChildren().stream().anyMatch(n -> n instanceof Button));

        assertThat(row.getChildren().get(0)).isInstanceOf(Label.class);
        assertThat(((Label) row.getChildren().get(0)).getText()).isEqualTo("Non-data contact — one key saves it:");
        assertThat(row.getChildren().stream().filter(n -> n instanceof Button).count()).isEqualTo(5);
    }

    @Test
    void aClearedFormShowsEachListFromItsFirstRow(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT9);
        ListView<?> callerTypes = robot.lookup("#callerTypeList").queryAs(ListView.class);
        ListView<?> sources = robot.lookup("#sourceList").queryAs(ListView.class);
        robot.interact(() -> {
            callerTypes.scrollTo(callerTypes.getItems().size() - 1);
            sources.scrollTo(sources.getItems().size() - 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstRowOnShow(sources)).isPositive();

        press(robot, KeyCode.ESCAPE);
        answerDialog(robot, "Clear form");

        // At the desk the next call began with the lists where the last one left them, "Not asked" scrolled to.
        assertThat(firstRowOnShow(callerTypes)).isZero();
        assertThat(firstRowOnShow(sources)).isZero();
    }

    @Test
    void theKeepReasonFieldSaysWhatToTypeWhileItHasTheFocus(FxRobot robot) throws Exception {
        openMain(robot);
        robot.clickOn("#notesArea").write("Ring 07700 900123 back.");
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isPresent());
        Node keep = robot.lookup(".warning-row .button").match(n -> ((Button) n).getText().equals("Keep…")).query();
        robot.clickOn(keep);
        WaitForAsyncUtils.waitForFxEvents();
        TextField reason = robot.lookup(".reason-field").queryAs(TextField.class);
        assertThat(reason.isFocused()).isTrue();

        // The theme hides a field's hint while it has the focus, and this field always has it: the worker saw an
        // empty box beside a greyed "Keep it" with nothing saying a reason was wanted.
        boolean hintShown = reason.lookupAll(".text").stream().anyMatch(n -> n instanceof javafx.scene.text.Text t
                && reason.getPromptText().equals(t.getText()) && t.isVisible()
                && ((javafx.scene.paint.Color) t.getFill()).getOpacity() > 0);
        assertThat(hintShown).isTrue();
    }
}
