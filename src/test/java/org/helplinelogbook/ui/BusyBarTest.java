package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.helplinelogbook.ui.common.BusyBar;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sign-in's moving bar (issue 17: every wait over 300 ms shows progress) moves in steps, about twelve a second, not
 * on every frame: drawn in software, each frame of the theme's indeterminate bar copied the whole window and took the
 * CPU the key derivation needed (docs/benchmarks.md, "Sign-in in a fresh start", fifth round). It shows while the
 * sign-in works and stops moving, hidden, once it is done.
 */
class BusyBarTest extends DesktopTestBase {

    BusyBarTest() {
        super(1024, 600);
    }

    @Test
    void whileSigningInTheBarShowsAndMovesInStepsNotOnEveryFrame(FxRobot robot) throws Exception {
        TestLogbooks.create(dir).close();
        robot.interact(shell::start);
        BusyBar bar = robot.lookup("#busyBar").queryAs(BusyBar.class);
        assertThat(bar.isVisible()).isFalse();

        CountDownLatch release = new CountDownLatch(1); // the sign-in waits behind this, as behind a slow derivation
        runner.run(() -> {
            release.await();
            return null;
        }, done -> { }, failure -> { });
        robot.clickOn("#usernameField").write(TestLogbooks.MANAGER);
        robot.clickOn("#passwordField").write(TestLogbooks.PASSWORD).push(KeyCode.ENTER);
        waitUntil(bar::isVisible);

        Node segment = bar.lookup(".segment");
        AtomicInteger moves = new AtomicInteger();
        long[] watched = new long[2];
        try {
            robot.interact(() -> {
                segment.layoutXProperty().addListener((o, was, is) -> moves.incrementAndGet());
                watched[0] = System.nanoTime();
            });
            Thread.sleep(1_500);
            robot.interact(() -> watched[1] = System.nanoTime());
        } finally {
            release.countDown();
        }
        double seconds = (watched[1] - watched[0]) / 1e9;
        // Every frame would be about 60 a second; a step is 1/12 s (one more for where the count starts).
        assertThat(moves.get()).as("moves in %.2f s", seconds).isBetween(2, (int) Math.ceil(12 * seconds) + 1);
        assertThat(bar.getWidth()).isPositive();

        waitUntil(() -> mainWindowShown(robot));
        WaitForAsyncUtils.waitForFxEvents();
        int afterSignIn = moves.get();
        Thread.sleep(300);
        assertThat(moves.get()).as("still moving once signed in").isEqualTo(afterSignIn);
    }
}
