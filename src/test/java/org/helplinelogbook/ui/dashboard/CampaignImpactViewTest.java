package org.helplinelogbook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.ui.DesktopTestBase;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.export.ExportViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The campaign impact screen as drawn (found by keyboard, issue 17): a week whose figure is hidden ({@code *}) was
 * drawn as an empty bar, the same as a true 0, and the heading wrote two-digit years.
 */
class CampaignImpactViewTest extends DesktopTestBase {

    private CampaignImpactViewModel vm;

    CampaignImpactViewTest() {
        super(1366, 768);
    }

    @BeforeEach
    void showTheCampaign() throws Exception {
        logbook = DashboardFixture.create(dir);
        // Two weeks from Monday 22 September 2025. Weeks before: 12 (from the 8th), 3 (from the 15th: hidden);
        // during: 20, 0; after: 0, 0.
        DashboardFixture.campaign(logbook, "Autumn push", LocalDate.of(2025, 9, 22), LocalDate.of(2025, 10, 5), "500");
        Map<LocalDate, Integer> contactsOn = Map.of(LocalDate.of(2025, 9, 10), 12, LocalDate.of(2025, 9, 17), 3,
                LocalDate.of(2025, 9, 24), 20);
        List<ContactDraft> drafts = new ArrayList<>();
        contactsOn.forEach((day, n) -> drafts.addAll(DashboardFixture.data(n, day, "phone", "at_risk", "internet_search")));
        logbook.contacts().saveAll(drafts, "test");
        var runner = new DirectTaskRunner();
        vm = new CampaignImpactViewModel(logbook, runner);
        show(1366, 768, () -> {
            Parent root = (Parent) new CampaignImpactView(vm, new ExportViewModel(logbook, runner)).root();
            root.getStylesheets().add(Theme.besides(DashboardView.class, "dashboard.css")); // as inside the dashboard
            return root;
        });
        WaitForAsyncUtils.asyncFx(vm::loadCampaigns).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aHiddenWeekIsMarkedAsHiddenNotDrawnAsZero(FxRobot robot) {
        assertThat(vm.weekBars()).extracting(CampaignImpactViewModel.WeekBar::shown)
                .containsExactly("10", "*", "20", "0", "0", "0");
        WeekChart chart = robot.lookup(".campaign-chart").queryAs(WeekChart.class);

        // Only the hidden week has a placeholder; the true zeros have none.
        assertThat(chart.hiddenMarks()).containsOnlyKeys("15 Sept 2025");
        Label mark = chart.hiddenMarks().get("15 Sept 2025");
        assertThat(mark.isVisible()).isTrue();
        assertThat(mark.getText()).isEqualTo("*");
        assertThat(mark.getHeight()).isPositive();
        assertThat(((Tooltip) mark.getProperties().get("javafx.scene.control.Tooltip")).getText())
                .isEqualTo("15 Sept 2025: hidden (*), too few contacts to show safely");
        // It stands over its own week on the axis.
        CategoryAxis x = (CategoryAxis) chart.getXAxis();
        double tick = x.localToScene(x.getDisplayPosition("15 Sept 2025"), 0).getX();
        Bounds b = mark.localToScene(mark.getLayoutBounds());
        assertThat(tick).isBetween(b.getMinX(), b.getMaxX());

        // And the legend says what the mark means.
        List<String> legend = robot.lookup(".campaign-chart .chart-legend-item").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(legend).contains("* Hidden: too few contacts to show safely (not a zero)");
    }

    @Test
    void theHeadingAndTheWeeksHaveFourDigitYears(FxRobot robot) {
        String heading = robot.lookup(".period-title").queryAs(Label.class).getText();
        assertThat(heading).startsWith("Autumn push: 22 Sept 2025 to 5 Oct 2025");
        WeekChart chart = robot.lookup(".campaign-chart").queryAs(WeekChart.class);
        assertThat(((CategoryAxis) chart.getXAxis()).getCategories()).first().isEqualTo("8 Sept 2025");
    }
}
