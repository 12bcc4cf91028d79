package org.helplinelogbook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.ui.DesktopTestBase;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.export.ExportViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class DashboardViewTest extends DesktopTestBase {

    private final List<ContactFilter> opened = new ArrayList<>();
    private YearMonth lastMonth;

    DashboardViewTest() {
        super(1200, 760);
    }

    @BeforeEach
    void showTheDashboard() throws Exception {
        logbook = DashboardFixture.create(dir);
        lastMonth = YearMonth.now(logbook.zone()).minusMonths(1);
        DashboardFixture.seedMonth(logbook, lastMonth);
        var runner = new DirectTaskRunner();
        show(1200, 760, () -> (Parent) new DashboardView(new DashboardViewModel(logbook, runner, opened::add),
                new CampaignImpactViewModel(logbook, runner), new ExportViewModel(logbook, runner), runner).root());
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
    void aHiddenDayIsMarkedAsHiddenNotDrawnAsZero(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        // The 3rd has 16 contacts (shown as 15), the 10th has 3 (hidden): before, the 10th was an empty place, the
        // same as the days with none at all.
        List<Node> bands = new ArrayList<>(robot.lookup(".series-chart .hidden-band").queryAll());
        assertThat(bands).hasSize(1);
        Label band = (Label) bands.get(0);
        String day = lastMonth.atDay(10).format(java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK));
        assertThat(band.getText()).isEqualTo("*");
        assertThat(((javafx.scene.control.Tooltip) band.getProperties().get("javafx.scene.control.Tooltip")).getText())
                .isEqualTo(day + ": hidden (*), too few contacts to show safely");
        assertThat(band.getHeight()).isPositive();
        assertThat(band.isVisible()).isTrue();
    }

    @Test
    void exactFiguresShowTheInternalBanner(FxRobot robot) {
        robot.clickOn(".exact-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".internal-banner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#tile-total").queryAs(Label.class).getText()).isEqualTo("16");
    }
}
