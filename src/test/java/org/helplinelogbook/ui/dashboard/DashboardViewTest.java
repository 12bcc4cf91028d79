package org.helplinelogbook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.export.ExportViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

    @TempDir
    static Path dir;

    Logbook logbook;
    final List<ContactFilter> opened = new ArrayList<>();
    YearMonth lastMonth;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        logbook = DashboardFixture.create(dir.resolve("logbook-" + System.nanoTime()));
        lastMonth = YearMonth.now(logbook.zone()).minusMonths(1);
        DashboardFixture.seedMonth(logbook, lastMonth);
        var runner = new DirectTaskRunner();
        DashboardView view = new DashboardView(new DashboardViewModel(logbook, runner, opened::add),
                new CampaignImpactViewModel(logbook, runner), new ExportViewModel(logbook, runner), runner);
        stage.setScene(new Scene((Parent) view.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void rendersChartsAndOpensTheLogForAClickedBar(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".horizontal-bars").queryAllAs(BarChart.class)).hasSize(8);
        assertThat(robot.lookup(".series-chart").tryQuery()).isPresent();
        assertThat(robot.lookup(".heat-cell").queryAll()).hasSize(7 * 24);
        assertThat(robot.lookup(".internal-banner").query().isVisible()).isFalse();
        assertThat(robot.lookup("#tile-total").queryAs(Label.class).getText()).isEqualTo("15");

        Node bar = robot.lookup("#caller_type-at_risk").query();
        robot.interact(() -> bar.fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY,
                1, false, false, false, false, true, false, false, true, false, false, null)));

        var from = lastMonth.atDay(1).atStartOfDay(logbook.zone()).toInstant();
        var to = lastMonth.plusMonths(1).atDay(1).atStartOfDay(logbook.zone()).toInstant();
        assertThat(opened).containsExactly(
                new ContactFilter(from, to, null, "at_risk", null, null, null, null, null, null));

        // Keyboard: a clickable bar takes focus and opens with Enter.
        Node chat = robot.lookup("#channel-chat").query();
        assertThat(chat.isFocusTraversable()).isTrue();
        robot.interact(chat::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(opened).last()
                .isEqualTo(new ContactFilter(from, to, "chat", null, null, null, null, null, null, null));
    }

    @Test
    void exactFiguresShowTheInternalBanner(FxRobot robot) {
        robot.clickOn(".exact-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".internal-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#tile-total").queryAs(Label.class).getText()).isEqualTo("16");
    }
}
