package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop app end to end on a real encrypted logbook, driven by keyboard and mouse (headless Monocle). */
class DesktopFlowTest extends DesktopTestBase {

    DesktopFlowTest() {
        super(Instant.parse("2025-03-04T10:15:00Z"), 1280, 760);
    }

    /** Counts every key press the test makes, to prove the keyboard budget. */
    private static final class Keys {
        private final FxRobot robot;
        private final AtomicInteger count = new AtomicInteger();

        Keys(FxRobot robot) {
            this.robot = robot;
        }

        void press(KeyCode... chord) {
            count.incrementAndGet();
            robot.push(chord);
            WaitForAsyncUtils.waitForFxEvents();
        }

        int count() {
            return count.get();
        }
    }

    @Test
    void firstRunCreatesTheLogbookShowsTheKeyAndOpensTheMainWindow(FxRobot robot) throws Exception {
        robot.interact(shell::start);
        assertThat(robot.lookup(".setup-screen").tryQuery()).isPresent();
        robot.clickOn("#usernameField").write("manager1");
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD);
        robot.clickOn("#confirmField").write(TestLogbooks.PASSWORD);
        robot.clickOn("#createButton");
        waitUntil(() -> !robot.lookup("#keyLabel").queryAs(Label.class).getText().isEmpty());

        String key = robot.lookup("#keyLabel").queryAs(Label.class).getText();
        assertThat(robot.lookup("#continueButton").queryAs(Button.class).isDisabled()).isTrue();
        String[] groups = key.split("-");
        robot.clickOn("#retypeField").write(groups[groups.length - 2] + "-" + groups[groups.length - 1]);
        assertThat(robot.lookup("#continueButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#continueButton");
        robot.clickOn("#emptyButton");

        waitUntil(() -> mainWindowShown(robot));
        assertThat(robot.lookup("#signedInLabel").queryAs(Label.class).getText()).isEqualTo("Signed in as manager1 (Manager)");
    }

    @Test
    void enterOnTheStartChoiceStartsTheEmptyLogbookTheBlueButtonOffers(FxRobot robot) throws Exception {
        robot.interact(shell::start);
        robot.clickOn("#usernameField").write("manager1");
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD);
        robot.clickOn("#confirmField").write(TestLogbooks.PASSWORD);
        robot.clickOn("#createButton");
        waitUntil(() -> !robot.lookup("#keyLabel").queryAs(Label.class).getText().isEmpty());
        String[] groups = robot.lookup("#keyLabel").queryAs(Label.class).getText().split("-");
        robot.clickOn("#retypeField").write(groups[groups.length - 2] + "-" + groups[groups.length - 1]);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#emptyButton").queryAs(Button.class).isVisible());

        // At the desk the focus sat on "Load demo data" beside the blue "Start with an empty logbook": Enter
        // filled a helpline's real logbook with 2,000 made-up contacts, marked DEMO on every export for good.
        waitUntil(() -> shell.current().getScene().getFocusOwner() != null
                && "emptyButton".equals(shell.current().getScene().getFocusOwner().getId()));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        assertThat(shell.mainView().viewModel().demoProperty().get()).isFalse();
    }

    @Test
    void wrongPasswordThenRightOne(FxRobot robot) throws Exception {
        TestLogbooks.create(dir).close();
        robot.interact(shell::start);
        robot.clickOn("#usernameField").write("manager1");
        robot.clickOn("#passwordField").write("not the password").push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText()
                .equals("The username or password is not right."));
        assertThat(robot.lookup("#passwordField").queryAs(javafx.scene.control.PasswordField.class).getText()).isEmpty();

        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
    }

    @Test
    void silentCallTakesOneKeystrokeAfterCtrlN(FxRobot robot) throws Exception {
        openMain(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        Keys keys = new Keys(robot);

        keys.press(KeyCode.F2);

        waitUntil(() -> TestLogbooks.contacts(logbook).size() == 1);
        Contact c = TestLogbooks.contacts(logbook).get(0);
        assertThat(c.callerType()).isEqualTo("silent");
        assertThat(c.channel()).isEqualTo("phone");
        assertThat(keys.count()).isEqualTo(1);
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().equals("Saved: silent call"));
    }

    @Test
    void fullDataContactTakesAtMostTwelveKeystrokesPlusNotes(FxRobot robot) throws Exception {
        openMain(robot);
        Keys keys = new Keys(robot);

        keys.press(KeyCode.CONTROL, KeyCode.N);   // new contact, timer starts, caller type list focused
        keys.press(KeyCode.DIGIT1);               // caller type 1 (at risk)
        keys.press(KeyCode.TAB);                  // topics
        keys.press(KeyCode.SPACE);                // tick the first topic
        keys.press(KeyCode.TAB);                  // outcomes
        keys.press(KeyCode.SPACE);                // tick the first outcome
        keys.press(KeyCode.TAB);                  // how they heard
        keys.press(KeyCode.SPACE);                // pick the first source
        keys.press(KeyCode.TAB);                  // codeword (skipped)
        keys.press(KeyCode.TAB);                  // notes
        robot.write("Talked about staying safe online.");
        keys.press(KeyCode.CONTROL, KeyCode.ENTER); // save

        waitUntil(() -> TestLogbooks.contacts(logbook).size() == 1);
        assertThat(keys.count()).isLessThanOrEqualTo(12);
        Contact c = TestLogbooks.contacts(logbook).get(0);
        assertThat(c.callerType()).isEqualTo("at_risk");
        assertThat(c.topics()).containsExactly("indecent_images");
        assertThat(c.outcomes()).containsExactly("information_given");
        assertThat(c.source()).isEqualTo("advert_social_media");
        assertThat(c.notes()).isEqualTo("Talked about staying safe online.");
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Saved:"));
    }

    @Test
    void phoneNumberInNotesIsRedactedWithOneClick(FxRobot robot) throws Exception {
        openMain(robot);
        robot.clickOn("#notesArea").write("Asked us to ring 07700 900123 later.");
        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isPresent());
        assertThat(robot.lookup(".warning-text").queryAs(Label.class).getText())
                .isEqualTo("Phone number: ‘07700 900123’");

        Node redact = robot.lookup(".warning-row .button").match(n -> ((Button) n).getText().equals("Redact")).query();
        robot.clickOn(redact);

        waitUntil(() -> robot.lookup(".warning-row").tryQuery().isEmpty());
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEqualTo("Asked us to ring [PHONE] later.");
    }

    @Test
    void idleLocksTheScreenAndUnlockRestoresTheForm(FxRobot robot) throws Exception {
        openMain(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.DIGIT3);
        robot.clickOn("#notesArea").write("Unfinished call");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            clock.advance(Duration.ofMinutes(6));
            shell.mainView().checkIdle();
        });
        waitUntil(() -> robot.lookup(".lock-screen").tryQuery().isPresent());
        waitUntil(logbook::isClosed);
        assertThat(robot.lookup(".main-window").tryQuery()).isEmpty();
        assertThat(robot.lookup(".text").queryAll()).noneMatch(n -> ((javafx.scene.text.Text) n).getText()
                .contains("Unfinished"));

        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#notesArea").tryQuery().isPresent()
                && robot.lookup("#notesArea").queryAs(TextArea.class).getText().equals("Unfinished call"));
        logbook = null;
    }

    @Test
    void aBackupThatFailsWhileLockingIsSaidOnTheLockScreen(FxRobot robot) throws Exception {
        openMain(robot);
        Path notAFolder = java.nio.file.Files.writeString(dir.resolveSibling(dir.getFileName() + "-stick"), "a file");
        logbook.settings().change(org.helplinelogbook.domain.LogbookSettings.BACKUP_FOLDER, notAFolder.toString());

        robot.interact(shell::lock);
        waitUntil(logbook::isClosed);
        waitUntil(() -> robot.lookup(".lock-notice").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        String notice = robot.lookup(".lock-notice").queryAs(javafx.scene.control.Label.class).getText();
        assertThat(notice).contains("Today's backup could not be refreshed")
                .contains("The logbook itself is unchanged").contains("Settings → Backups");

        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        logbook = null;
        java.nio.file.Files.deleteIfExists(notAFolder);
    }

    @Test
    void closingTheWindowKeepsTheDraftRefreshesTheBackupThenExits(FxRobot robot) throws Exception {
        openMain(robot);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.clickOn("#notesArea").write("Half-typed call");
        WaitForAsyncUtils.waitForFxEvents();
        var exited = new java.util.concurrent.atomic.AtomicBoolean();

        var consumed = WaitForAsyncUtils.asyncFx(() -> shell.closeThen(() -> exited.set(true))).get();

        assertThat(consumed).as("the window waits for the logbook to close").isTrue();
        waitUntil(exited::get);
        assertThat(logbook.isClosed()).isTrue();
        try (Logbook again = LogbookOpening.open(dir, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray())) {
            assertThat(again.contacts().loadDraft()).hasValueSatisfying(d -> assertThat(d).contains("Half-typed call"));
            assertThat(TestLogbooks.auditActions(again)).contains("backup");
        }
        logbook = null;
        assertThat(WaitForAsyncUtils.asyncFx(() -> shell.closeThen(() -> { })).get())
                .as("nothing open any more: the window may simply close").isFalse();
    }

    @Test
    void aBackupThatFailsWhileClosingIsShownBeforeTheAppCloses(FxRobot robot) throws Exception {
        openMain(robot);
        Path notAFolder = java.nio.file.Files.writeString(dir.resolveSibling(dir.getFileName() + "-gone"), "a file");
        logbook.settings().change(org.helplinelogbook.domain.LogbookSettings.BACKUP_FOLDER, notAFolder.toString());
        var exited = new java.util.concurrent.atomic.AtomicBoolean();

        robot.interact(() -> shell.closeThen(() -> exited.set(true)));
        waitUntil(() -> robot.lookup(".closing-problems").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup(".closing-problems").queryAs(javafx.scene.control.Label.class).getText())
                .contains("Today's backup could not be refreshed");
        assertThat(logbook.isClosed()).isTrue();
        assertThat(exited).as("the person reads it first").isFalse();

        robot.clickOn("#closeButton");
        waitUntil(exited::get);
        logbook = null;
        java.nio.file.Files.deleteIfExists(notAFolder);
    }

    @Test
    void aManagerTidiesTheLogbookFileFromSettingsAndSignsInAgain(FxRobot robot) throws Exception {
        openMain(robot);
        robot.interact(() -> shell.mainView().viewModel().sectionProperty().set(
                org.helplinelogbook.ui.main.Section.SETTINGS));
        waitUntil(() -> robot.lookup("#tidyButton").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup("#fileSizeLabel").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("The logbook file is").matches("The logbook file is [0-9.,]+ (KB|MB)\\.");

        robot.interact(() -> robot.lookup(".section-scroll").queryAllAs(javafx.scene.control.ScrollPane.class)
                .forEach(s -> s.setVvalue(1.0))); // the section is at the foot of the page
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tidyButton");
        waitUntil(() -> robot.lookup(".closing-done").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(robot.lookup(".closing-done").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("The logbook file was tidied:");
        assertThat(logbook.isClosed()).isTrue();

        robot.clickOn("#closeButton");
        waitUntil(() -> robot.lookup("#usernameField").tryQuery().isPresent());
        logbook = null;
    }
}
