package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.contactform.ContactFormViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The outside check of issue 17 on a 1024×600 screen, by keyboard alone: the traps FormTrapsTest holds for the caller
 * type, here for the other lists and the typed fields (un-ticking a topic, un-picking the source, typing and deleting
 * leave a form a non-data key saves); the "discard?" questions answered by keyboard (Esc keeps, the default button is
 * the safe one, the focus goes back where it was); a lock in the middle of a call and a sign-out in the middle of one.
 */
class ShiftByKeyboardTest extends DesktopTestBase {

    ShiftByKeyboardTest() {
        super(Instant.parse("2025-03-04T10:15:00Z"), 1024, 600);
    }

    private void press(FxRobot robot, KeyCode... chord) {
        robot.push(chord);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ContactFormViewModel form() {
        return shell.mainView().form().viewModel();
    }

    private String focusedId() {
        Node n = shell.current().getScene().getFocusOwner();
        return n == null ? null : n.getId();
    }

    private void focus(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
    }

    private static boolean dialogOpen(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQuery().isPresent();
    }

    private void assertSilentCallSavedByF2(FxRobot robot) throws Exception {
        assertThat(form().holdsEnteredData()).as("nothing typed or picked is left").isFalse();
        press(robot, KeyCode.F2);
        waitUntil(() -> TestLogbooks.contacts(logbook).size() == 1);
        assertThat(TestLogbooks.contacts(logbook).get(0).callerType()).isEqualTo("silent");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).isEqualTo("Saved: silent call");
    }

    @Test
    void untickingATopicAndAnOutcomeLeavesTheSilentCallKeyWorking(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        focus(robot, "#topicList");
        press(robot, KeyCode.SPACE);
        assertThat(form().holdsEnteredData()).isTrue();
        press(robot, KeyCode.SPACE);
        focus(robot, "#outcomeList");
        press(robot, KeyCode.SPACE);
        assertThat(form().holdsEnteredData()).isTrue();
        press(robot, KeyCode.SPACE);

        assertSilentCallSavedByF2(robot);
    }

    @Test
    void typingThenDeletingAndUnPickingTheSourceLeaveTheSilentCallKeyWorking(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        focus(robot, "#notesArea");
        robot.write("x");
        press(robot, KeyCode.BACK_SPACE);
        focus(robot, "#codewordField");
        robot.write("y");
        press(robot, KeyCode.BACK_SPACE);
        focus(robot, "#sourceList");
        press(robot, KeyCode.SPACE);
        assertThat(form().sourceProperty().get()).isNotNull();
        press(robot, KeyCode.CONTROL, KeyCode.SPACE);
        assertThat(form().sourceProperty().get()).isNull();

        assertSilentCallSavedByF2(robot);
    }

    @Test
    void theDiscardQuestionsAnsweredByKeyboardKeepTheFormAndTheFocus(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        focus(robot, "#codewordField");
        robot.write("blue kite");

        // Ctrl+N on a filled form: Esc closes the question and keeps everything; so does Enter (the safe default).
        press(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> dialogOpen(robot));
        Button byDefault = robot.lookup(".dialog-pane .button").match(n -> ((Button) n).isDefaultButton())
                .queryButton();
        assertThat(byDefault.getText()).isEqualTo("Keep editing");
        press(robot, KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen(robot));
        assertThat(form().callerCodeProperty().get()).isEqualTo("blue kite");
        assertThat(focusedId()).isEqualTo("codewordField");
        press(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> dialogOpen(robot));
        press(robot, KeyCode.ENTER);
        waitUntil(() -> !dialogOpen(robot));
        assertThat(form().callerCodeProperty().get()).isEqualTo("blue kite");
        assertThat(focusedId()).isEqualTo("codewordField");

        // Esc on the form: the same question, the same safe answers.
        focus(robot, "#notesArea");
        robot.write("changed my mind");
        press(robot, KeyCode.ESCAPE);
        waitUntil(() -> dialogOpen(robot));
        assertThat(robot.lookup(".dialog-pane .button").match(n -> ((Button) n).isDefaultButton()).queryButton()
                .getText()).isEqualTo("Keep editing");
        press(robot, KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen(robot));
        assertThat(form().notesProperty().get()).isEqualTo("changed my mind");
        assertThat(focusedId()).isEqualTo("notesArea");
    }

    @Test
    void aLockInTheMiddleOfACallKeepsTheCallAndItsClockRunning(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT1);
        focus(robot, "#notesArea");
        robot.write("Mid call");
        clock.advance(Duration.ofSeconds(90));

        press(robot, KeyCode.CONTROL, KeyCode.L);
        waitUntil(logbook::isClosed);
        logbook = null;
        waitUntil(() -> scene.getFocusOwner() != null && "passwordField".equals(scene.getFocusOwner().getId()));
        clock.advance(Duration.ofSeconds(30));
        robot.write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        waitUntil(() -> "Mid call".equals(form().notesProperty().get()));

        robot.interact(() -> form().tick());
        assertThat(form().callerTypeProperty().get()).isEqualTo("at_risk");
        assertThat(form().timerRunningProperty().get()).isTrue();
        assertThat(robot.lookup("#timerLabel").queryAs(Label.class).getText()).isEqualTo("02:00");
        waitUntil(() -> "callerTypeList".equals(focusedId()));
    }

    @Test
    void signingOutInTheMiddleOfACallOffersItBackAtTheNextSignIn(FxRobot robot) throws Exception {
        openMain(robot);
        press(robot, KeyCode.CONTROL, KeyCode.N);
        press(robot, KeyCode.DIGIT1);
        focus(robot, "#notesArea");
        robot.write("Mid call");
        robot.interact(() -> ((Button) robot.lookup("#signOutButton").query()).fire());
        waitUntil(() -> robot.lookup("#usernameField").tryQuery().isPresent());
        waitUntil(logbook::isClosed);
        logbook = null;
        waitUntil(() -> "usernameField".equals(focusedId()));

        robot.write(TestLogbooks.MANAGER);
        press(robot, KeyCode.TAB);
        robot.write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));

        waitUntil(() -> form().draftOfferProperty().get().startsWith("There is an unsaved contact"));
        assertThat(form().notesProperty().get()).as("offered, not restored unasked").isEmpty();
        waitUntil(() -> "callerTypeList".equals(focusedId()));
    }
}
