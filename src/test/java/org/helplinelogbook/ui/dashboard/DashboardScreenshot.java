package org.helplinelogbook.ui.dashboard;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import org.helplinelogbook.logbook.CampaignService;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.ui.DesktopTestBase;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.export.ExportViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes dashboard.png, dashboard-dark.png and campaign-impact.png into docs/screenshots: the dashboard alone on
 * demo data in a 1366×768 window. Not part of the suite (the name does not end in Test); run it with
 * {@code mvn test -Dtest=DashboardScreenshot}; {@code -Ddashboard.extras=true} adds the exact (internal) view, the
 * whole pages and 200 % text (dashboard-exact, dashboard-full, campaign-full, dashboard-200).
 */
class DashboardScreenshot extends DesktopTestBase {

    DashboardScreenshot() {
        super(1366, 768);
    }

    @Test
    void takeScreenshots(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(dir);
        // A campaign inside the demo's span, added first so that the demo data shows its uplift.
        LocalDate start = LocalDate.now(logbook.zone()).minusWeeks(14).with(DayOfWeek.MONDAY);
        logbook.campaigns().add(new CampaignService.Input("#SummerAwareness (demo)", start,
                start.plusWeeks(4).minusDays(1), new BigDecimal("12000"), "GBP", "Facebook, Snapchat", null));
        logbook.demo().generate(20_000, 1, n -> { });
        DashboardView[] view = new DashboardView[1];
        Scene scene = show(1366, 768, () -> {
            view[0] = new DashboardView(new DashboardViewModel(logbook, runner, f -> { }),
                    new CampaignImpactViewModel(logbook, runner), new ExportViewModel(logbook, runner), runner);
            return (Parent) view[0].root();
        });
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> view[0].viewModel().loadedProperty().get()
                && !view[0].viewModel().status().busyProperty().get()).get());
        // The last whole month: the opening month is the current one, a few days old, whose chart is nearly empty
        // and whose change against a whole month a year before reads as a fall.
        YearMonth lastMonth = YearMonth.now(logbook.zone()).minusMonths(1);
        robot.interact(() -> view[0].viewModel().returnTo(new DashboardViewModel.Place(Period.Kind.MONTH,
                Period.month(lastMonth), null)));
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> !view[0].viewModel().status().busyProperty().get()
                && view[0].viewModel().summaryProperty().get() != null
                && view[0].viewModel().summaryProperty().get().period().equals(Period.month(lastMonth))).get());
        snap(scene, "dashboard");
        robot.interact(() -> Theme.apply(Theme.DARK));
        snap(scene, "dashboard-dark");
        robot.interact(() -> Theme.apply(Theme.LIGHT));
        robot.interact(() -> tabs(scene).getSelectionModel().select(1));
        Thread.sleep(1500);
        snap(scene, "campaign-impact");
        if (Boolean.getBoolean("dashboard.extras")) {
            robot.interact(() -> tabs(scene).getSelectionModel().select(0));
            robot.interact(() -> view[0].viewModel().exactProperty().set(true));
            snap(scene, "dashboard-exact");
            robot.interact(() -> view[0].viewModel().exactProperty().set(false));
            Thread.sleep(800);
            saveScreenshot(((ScrollPane) tabs(scene).getTabs().get(0).getContent()).getContent(), "dashboard-full");
            Thread.sleep(800);
            saveScreenshot(((ScrollPane) tabs(scene).getTabs().get(1).getContent()).getContent(), "campaign-full");
            robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 26px;"));
            snap(scene, "dashboard-200");
        }
    }

    private static TabPane tabs(Scene scene) {
        return (TabPane) scene.lookup(".tab-pane");
    }

    /** A picture of the whole window once what just changed has been drawn. */
    private static void snap(Scene scene, String name) throws Exception {
        Thread.sleep(800);
        saveScreenshot(scene, name);
    }
}
