package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.main.MainView;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 17: the main window is built and laid out while the sign-in runs, before there is a logbook, and given the
 * logbook once it is open. The window shown is that one, with the signed-in account's lists, name and sections; a
 * failed attempt keeps it (empty) for the next; signing out and in as someone else shows only their things; lock and
 * unlock still work. The sign-in's background work is held back until the window has been built, as a real key
 * derivation would (the tests' fast one could otherwise finish before the first frame).
 */
class PreparedMainWindowTest extends DesktopTestBase {

    private static final String WORKER = "worker1";
    private static final String WORKER_PASSWORD = "worker password";

    PreparedMainWindowTest() {
        super(Instant.now(), 1366, 768);
    }

    /** Holds the app's one background thread until {@link CountDownLatch#countDown}: the sign-in waits behind it. */
    private CountDownLatch holdBackgroundWork() {
        CountDownLatch release = new CountDownLatch(1);
        runner.run(() -> {
            release.await();
            return null;
        }, done -> { }, failure -> { });
        return release;
    }

    /** Signs in on the sign-in screen with the window built meanwhile; returns the window built. */
    private MainView signInWithTheWindowBuiltMeanwhile(FxRobot robot, String user, String password) throws Exception {
        CountDownLatch release = holdBackgroundWork();
        robot.clickOn("#usernameField").eraseText(30).write(user);
        robot.clickOn("#passwordField").write(password).push(KeyCode.ENTER);
        waitUntil(() -> shell.preparedMainWindow() != null);
        MainView prepared = shell.preparedMainWindow().view();
        assertHoldsNothingOfAnyone(prepared);
        release.countDown();
        waitUntil(() -> robot.lookup(".main-window").tryQuery().isPresent());
        return prepared;
    }

    private static void assertHoldsNothingOfAnyone(MainView window) {
        assertThat(window.viewModel().signedInProperty().get()).isNullOrEmpty();
        assertThat(window.form().viewModel().callerTypes()).isEmpty();
        assertThat(window.form().viewModel().channels()).isEmpty();
        assertThat(window.form().viewModel().notesProperty().get()).isEmpty();
    }

    private List<String> menuEntries(FxRobot robot) {
        return robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().map(ToggleButton::getText).toList();
    }

    private void newLogbookWithAWorker() {
        try (Logbook manager = TestLogbooks.create(dir)) {
            manager.accounts().add(WORKER, Role.WORKER, WORKER_PASSWORD.toCharArray());
        }
    }

    @Test
    void theWindowBuiltWhileSigningInIsTheOneShownWithTheWorkersOwnThings(FxRobot robot) throws Exception {
        newLogbookWithAWorker();
        robot.interact(shell::start);

        MainView prepared = signInWithTheWindowBuiltMeanwhile(robot, WORKER, WORKER_PASSWORD);

        assertThat(shell.mainView()).isSameAs(prepared);
        assertThat(shell.current()).isSameAs(prepared.root());
        assertThat(shell.preparedMainWindow()).isNull();
        assertThat(robot.lookup("#signedInLabel").queryAs(Label.class).getText())
                .isEqualTo("Signed in as worker1 (Helpline worker)");
        assertThat(prepared.viewModel().sections()).containsExactly(Section.NEW_CONTACT, Section.CONTACT_LOG);
        assertThat(menuEntries(robot)).hasSize(2);
        assertThat(robot.lookup(".nav-heading").tryQuery()).isEmpty();
        // The form's lists come from the logbook: the caller types offered, and a channel picked.
        assertThat(robot.lookup("#callerTypeList").queryAs(ListView.class).getItems()).isNotEmpty();
        assertThat(prepared.form().viewModel().channelProperty().get()).isNotNull();
        assertThat(robot.lookup(".channel-button").queryAll()).isNotEmpty();
        // The focus on the form's first field, and the form saves: it is a working window, not a picture.
        waitUntil(() -> robot.lookup("#callerTypeList").query().isFocused());
        robot.push(KeyCode.F2);
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Saved:"));
    }

    @Test
    void aFailedAttemptKeepsTheEmptyWindowAndTheRightOneShowsIt(FxRobot robot) throws Exception {
        TestLogbooks.create(dir).close();
        robot.interact(shell::start);
        CountDownLatch release = holdBackgroundWork();
        robot.clickOn("#usernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#passwordField").write("not the password").push(KeyCode.ENTER);
        waitUntil(() -> shell.preparedMainWindow() != null);
        MainView prepared = shell.preparedMainWindow().view();
        release.countDown();
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText()
                .equals("The username or password is not right."));
        assertThat(shell.mainView()).isNull();
        assertThat(shell.preparedMainWindow().view()).isSameAs(prepared);
        assertHoldsNothingOfAnyone(prepared);

        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".main-window").tryQuery().isPresent());

        assertThat(shell.mainView()).isSameAs(prepared);
        assertThat(robot.lookup("#signedInLabel").queryAs(Label.class).getText())
                .isEqualTo("Signed in as manager1 (Manager)");
        assertThat(prepared.viewModel().sections()).contains(Section.DASHBOARD, Section.ACCOUNTS);
        assertThat(robot.lookup(".nav-heading").tryQuery()).isPresent();
        assertThat(menuEntries(robot)).hasSize(Section.values().length);
    }

    @Test
    void signingOutThenInAsAnotherShowsOnlyTheirThings(FxRobot robot) throws Exception {
        newLogbookWithAWorker();
        robot.interact(shell::start);
        MainView managers = signInWithTheWindowBuiltMeanwhile(robot, TestLogbooks.MANAGER, TestLogbooks.PASSWORD);
        robot.clickOn("#notesArea").write("The manager's unfinished notes");
        goTo(robot, Section.CONTACT_LOG);

        robot.clickOn("#signOutButton");
        waitUntil(() -> robot.lookup("#usernameField").tryQuery().isPresent());
        MainView workers = signInWithTheWindowBuiltMeanwhile(robot, WORKER, WORKER_PASSWORD);

        assertThat(workers).isNotSameAs(managers);
        assertThat(shell.mainView()).isSameAs(workers);
        assertThat(robot.lookup("#signedInLabel").queryAs(Label.class).getText())
                .isEqualTo("Signed in as worker1 (Helpline worker)");
        assertThat(workers.viewModel().sectionProperty().get()).isEqualTo(Section.NEW_CONTACT);
        assertThat(robot.lookup("#notesArea").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(menuEntries(robot)).hasSize(2);
    }

    @Test
    void aWindowBuiltWhileSigningInLocksAndUnlocks(FxRobot robot) throws Exception {
        TestLogbooks.create(dir).close();
        robot.interact(shell::start);
        signInWithTheWindowBuiltMeanwhile(robot, TestLogbooks.MANAGER, TestLogbooks.PASSWORD);
        robot.clickOn("#notesArea").write("Unfinished call");

        robot.interact(shell::lock);
        waitUntil(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#notesArea").tryQuery()
                .map(n -> ((TextArea) n).getText().equals("Unfinished call")).orElse(false));
        assertThat(robot.lookup("#signedInLabel").queryAs(Label.class).getText())
                .isEqualTo("Signed in as manager1 (Manager)");
    }
}
