package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.ShownWhileBuilding;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every wait shows progress (issue 17): the dashboard, whose first build ran on the UI thread before its own busy
 * indicator could show, now shows "Opening…" with a busy indicator at once and is built after that was drawn.
 */
@ExtendWith(ApplicationExtension.class)
class SlowScreenProgressTest {

    @TempDir
    Path dir;

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private AppShell shell;
    private Scene scene;
    private Logbook logbook;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(), 1366, 768);
        shell = new AppShell(scene, dir, runner, new MutableClock(Instant.now()));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(shell::shutDown);
        runner.finish();
        if (logbook != null && !logbook.isClosed()) {
            logbook.close();
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDashboardShowsABusyIndicatorBeforeItIsBuilt(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        robot.interact(() -> shell.showMain(logbook, false));
        waitUntil(() -> robot.lookup(".main-window").tryQuery().isPresent());

        AtomicReference<Boolean> indicatorFirst = new AtomicReference<>();
        robot.interact(() -> {
            shell.mainView().viewModel().sectionProperty().set(Section.DASHBOARD);
            // In the same UI-thread turn as the click: the dashboard itself is not built yet, the indicator shows.
            // (The section's scroll pane has no skin yet, so its content is reached by hand, not by a lookup.)
            indicatorFirst.set(robot.lookup(".section-scroll").queryAllAs(ScrollPane.class).stream()
                    .map(ScrollPane::getContent).anyMatch(c -> c.getStyleClass().contains("shown-while-building")
                            && c.lookup(".building-placeholder .progress-indicator") != null
                            && c.lookup("#titleLabel") == null));
        });
        assertThat(indicatorFirst.get()).isTrue();

        waitUntil(() -> robot.lookup("#titleLabel").tryQuery().isPresent());
        assertThat(robot.lookup(".building-placeholder").tryQuery()).isEmpty();
    }

    @Test
    void theSlowScreenIsBuiltOnlyAfterTheIndicatorWasLaidOut(FxRobot robot) throws Exception {
        AtomicReference<Double> indicatorWidthAtBuild = new AtomicReference<>();
        AtomicReference<StackPane> holder = new AtomicReference<>();
        robot.interact(() -> {
            holder.set(ShownWhileBuilding.of(() -> {
                Node indicator = holder.get().lookup(".progress-indicator");
                indicatorWidthAtBuild.set(indicator.getLayoutBounds().getWidth());
                return new Label("built");
            }));
            scene.setRoot(holder.get());
        });
        waitUntil(() -> holder.get().getChildren().get(0) instanceof Label);
        assertThat(indicatorWidthAtBuild.get()).isPositive(); // laid out, so drawn in that pulse, before the build
        assertThat(holder.get().lookup(".building-placeholder")).isNull();
        assertThat(holder.get().getChildren().get(0)).isNotInstanceOf(ProgressIndicator.class);
    }
}
