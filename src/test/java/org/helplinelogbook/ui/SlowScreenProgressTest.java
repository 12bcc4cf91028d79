package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import org.helplinelogbook.ui.common.ShownWhileBuilding;
import org.helplinelogbook.ui.main.Section;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every wait shows progress (issue 17): the dashboard, whose first build ran on the UI thread before its own busy
 * indicator could show, now shows "Opening…" with a busy indicator at once and is built after that was drawn.
 */
class SlowScreenProgressTest extends DesktopTestBase {

    SlowScreenProgressTest() {
        super(1366, 768);
    }

    @Test
    void theDashboardShowsABusyIndicatorBeforeItIsBuilt(FxRobot robot) throws Exception {
        openMain(robot);

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
