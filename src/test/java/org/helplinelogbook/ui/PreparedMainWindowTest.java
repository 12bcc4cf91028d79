package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: the main window is built and laid out while the sign-in runs, before there is a logbook, and given the
 * logbook once it is open. The window shown is that one, with the signed-in account's lists, name and sections; a
 * failed attempt keeps it (empty) for the next; signing out and in as someone else shows only their things; lock and
 * unlock still work. The sign-in's background work is held back until the window has been built, as a real key
 * derivation would (the tests' fast one could otherwise finish before the first frame).
 */
@SuppressWarnings("unchecked") // the accessibility children come back as an Object
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
        assertHiddenBeneathTheSignInScreen(prepared);
        Parent layers = prepared.root().getParent();
        release.countDown();
        waitUntil(() -> mainWindowShown(robot));
        // Shown where it was built: not moved into another scene or parent, which would have it styled all over again.
        assertThat(prepared.root().getParent()).isSameAs(layers);
        assertThat(prepared.root().getScene()).isSameAs(scene);
        assertThat(robot.lookup("#usernameField").tryQuery()).isEmpty();
        return prepared;
    }

    /** In the shown window, beneath the sign-in screen, but not drawn, not clickable and not read out. */
    private void assertHiddenBeneathTheSignInScreen(MainView window) throws Exception {
        Parent root = window.root();
        assertThat(root.getScene()).isSameAs(scene);
        assertThat(root.isVisible()).isFalse();
        assertThat(root.isMouseTransparent()).isTrue();
        assertThat(scene.getRoot().getChildrenUnmodifiable().indexOf(root)).isZero();
        assertThat(WaitForAsyncUtils.asyncFx(() -> (List<Object>) scene.getRoot()
                .queryAccessibleAttribute(AccessibleAttribute.CHILDREN)).get()).doesNotContain(root);
        assertThat(mainWindowShown(new FxRobot())).isFalse();
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A new manager's logbook, the sign-in screen, a wrong password; returns the window built meanwhile. */
    private MainView aWrongPasswordWithTheWindowBuiltMeanwhile(FxRobot robot) throws Exception {
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
        return prepared;
    }

    private static void assertHoldsNothingOfAnyone(MainView window) {
        assertThat(window.viewModel().signedInProperty().get()).isNullOrEmpty();
        assertThat(window.form().viewModel().callerTypes()).isEmpty();
        assertThat(window.form().viewModel().channels()).isEmpty();
        assertThat(window.form().viewModel().notesProperty().get()).isEmpty();
        // The lists on show too: the blank rows laid out ahead are gone again, only their cells kept.
        for (String list : List.of("#callerTypeList", "#topicList", "#outcomeList", "#sourceList")) {
            assertThat(((ListView<?>) window.root().lookup(list)).getItems()).as(list).isEmpty();
        }
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
        // The one-key row keeps its caption when its buttons come with the logbook (it went with them once).
        assertThat(robot.lookup(".non-data-box .caption").queryAs(Label.class).getText())
                .isEqualTo("Non-data contact — one key saves it:");
        assertThat(robot.lookup(".non-data-box .button").queryAll()).isNotEmpty();
        // The focus on the form's first field, and the form saves: it is a working window, not a picture.
        waitUntil(() -> robot.lookup("#callerTypeList").query().isFocused());
        robot.push(KeyCode.F2);
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Saved:"));
    }

    @Test
    void aFailedAttemptKeepsTheEmptyWindowAndTheRightOneShowsIt(FxRobot robot) throws Exception {
        MainView prepared = aWrongPasswordWithTheWindowBuiltMeanwhile(robot);
        assertThat(shell.mainView()).isNull();
        assertThat(shell.preparedMainWindow().view()).isSameAs(prepared);
        assertHoldsNothingOfAnyone(prepared);

        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));

        assertThat(shell.mainView()).isSameAs(prepared);
        assertThat(robot.lookup("#signedInLabel").queryAs(Label.class).getText())
                .isEqualTo("Signed in as manager1 (Manager)");
        assertThat(prepared.viewModel().sections()).contains(Section.DASHBOARD, Section.ACCOUNTS);
        assertThat(robot.lookup(".nav-heading").tryQuery()).isPresent();
        assertThat(menuEntries(robot)).hasSize(Section.values().length);
    }

    @Test
    void theHiddenWindowTakesNoFocusKeysOrClicksWhileTheSignInScreenIsUp(FxRobot robot) throws Exception {
        MainView prepared = aWrongPasswordWithTheWindowBuiltMeanwhile(robot);
        assertHiddenBeneathTheSignInScreen(prepared);

        // Tab and Shift+Tab walk the sign-in screen only.
        robot.clickOn("#passwordField");
        for (int i = 0; i < 15; i++) {
            robot.push(KeyCode.TAB);
            assertThat(inside(scene.getFocusOwner(), prepared.root())).as("Tab %d", i).isFalse();
        }
        for (int i = 0; i < 15; i++) {
            robot.push(KeyCode.SHIFT, KeyCode.TAB);
            assertThat(inside(scene.getFocusOwner(), prepared.root())).as("Shift+Tab %d", i).isFalse();
        }
        // The form's and the window's keys do nothing to it: a silent call, a new form, lock, a caller type.
        robot.clickOn("#passwordField");
        robot.push(KeyCode.F2);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.push(KeyCode.DIGIT2);
        robot.push(KeyCode.ESCAPE);
        // A click where its notes field lies lands on the sign-in screen, not in the hidden window.
        TextArea notes = prepared.form().root().lookup("#notesArea") instanceof TextArea t ? t : null;
        assertThat(notes).isNotNull();
        Bounds onScreen = WaitForAsyncUtils.asyncFx(() -> notes.localToScreen(notes.getLayoutBounds())).get();
        robot.clickOn(new Point2D(onScreen.getCenterX(), onScreen.getCenterY()));
        robot.write("typed");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inside(scene.getFocusOwner(), prepared.root())).isFalse();
        assertThat(notes.getText()).isEmpty();
        assertThat(prepared.form().viewModel().savesProperty().get()).isZero();
        assertThat(prepared.form().viewModel().callerTypeProperty().get()).isNullOrEmpty();
        assertThat(prepared.viewModel().sectionProperty().get()).isEqualTo(Section.NEW_CONTACT);
        assertThat(shell.mainView()).isNull();
        assertThat(robot.lookup(".lock-screen").tryQuery()).isEmpty();
        assertHoldsNothingOfAnyone(prepared);
        assertHiddenBeneathTheSignInScreen(prepared);

        // The right password still signs in, and the window shown is the one that waited.
        robot.clickOn("#passwordField").eraseText(40).write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> mainWindowShown(robot));
        assertThat(shell.mainView()).isSameAs(prepared);
        assertThat(prepared.root().isMouseTransparent()).isFalse();
        assertThat((List<Object>) scene.getRoot().queryAccessibleAttribute(AccessibleAttribute.CHILDREN))
                .containsExactly(prepared.root());
        waitUntil(() -> robot.lookup("#callerTypeList").query().isFocused());
        robot.push(KeyCode.F2);
        waitUntil(() -> robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("Saved:"));
    }

    @Test
    void blankRowsLaidOutAheadLeaveNothingBehindAndTheWorkersListsShow(FxRobot robot) throws Exception {
        // Off by default (docs/benchmarks.md, fourth round); the benchmark's switch must still give a working window.
        System.setProperty("helplinelogbook.rowsAhead", "24");
        try {
            newLogbookWithAWorker();
            robot.interact(shell::start);
            MainView prepared = signInWithTheWindowBuiltMeanwhile(robot, WORKER, WORKER_PASSWORD);
            assertThat(robot.lookup("#callerTypeList").queryAs(ListView.class).getItems())
                    .isEqualTo(prepared.form().viewModel().callerTypes()).isNotEmpty();
            assertThat(robot.lookup("#sourceList").queryAs(ListView.class).getItems())
                    .isEqualTo(prepared.form().viewModel().sources()).isNotEmpty();
            waitUntil(() -> robot.lookup("#callerTypeList").query().isFocused());
            robot.push(KeyCode.DIGIT1);
            assertThat(prepared.form().viewModel().callerTypeProperty().get()).isNotBlank();
        } finally {
            System.clearProperty("helplinelogbook.rowsAhead");
        }
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
