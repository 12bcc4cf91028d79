package org.helplinelogbook.ui.dashboard;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.logbook.DemoData;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.logbook.LogbookTestAccess;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.export.ExportViewModel;

/**
 * Not a test: renders the dashboard on demo data in a 1366×768 window, light and dark, and writes PNGs.
 * Run under xvfb-run with the test classpath; the first argument is the output folder (default docs/screenshots).
 */
public final class DashboardScreenshot {

    private DashboardScreenshot() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("dashboard-shot");
        Logbook logbook = LogbookSetup.create(dir, "manager1", "a long password".toCharArray(),
                ZoneId.of("Europe/London")).logbook();
        // A campaign inside the demo's span, added first so that the demo data shows its uplift.
        LocalDate start = LocalDate.now(logbook.zone()).minusWeeks(14).with(java.time.DayOfWeek.MONDAY);
        LogbookTestAccess.store(logbook).write(r -> r.campaigns().insert(new Campaign(0, "#SummerAwareness (demo)", start,
                start.plusWeeks(4).minusDays(1), new BigDecimal("12000"), "GBP", "Facebook, Snapchat", null)));
        DemoData.generate(logbook, 20_000, 1, n -> { });
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        BackgroundTaskRunner runner = new BackgroundTaskRunner();
        DashboardView[] view = new DashboardView[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            view[0] = new DashboardView(new DashboardViewModel(logbook, runner, f -> { }),
                    new CampaignImpactViewModel(logbook, runner), new ExportViewModel(logbook, runner), runner);
            stage[0] = new Stage();
            stage[0].setScene(new Scene((Parent) view[0].root(), 1366, 768));
            stage[0].show();
        });
        waitFor(() -> view[0].viewModel().loadedProperty().get() && !view[0].viewModel().status().busyProperty().get());
        snap(stage[0], out.resolve("dashboard.png"));
        onFx(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        snap(stage[0], out.resolve("dashboard-dark.png"));
        onFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        onFx(() -> ((TabPane) stage[0].getScene().lookup(".tab-pane")).getSelectionModel().select(1));
        Thread.sleep(1500);
        snap(stage[0], out.resolve("campaign-impact.png"));
        if (args.length > 1) {
            // extra: the exact (internal) view, and a 200 % font
            onFx(() -> ((TabPane) stage[0].getScene().lookup(".tab-pane")).getSelectionModel().select(0));
            onFx(() -> view[0].viewModel().exactProperty().set(true));
            snap(stage[0], out.resolve("dashboard-exact.png"));
            onFx(() -> view[0].viewModel().exactProperty().set(false));
            snapNode(stage[0], 0, out.resolve("dashboard-full.png"));
            snapNode(stage[0], 1, out.resolve("campaign-full.png"));
            onFx(() -> stage[0].getScene().getRoot().setStyle("-fx-font-size: 26px;"));
            snap(stage[0], out.resolve("dashboard-200.png"));
        }
        onFx(() -> stage[0].close());
        runner.finish();
        logbook.close();
        Platform.exit();
        System.exit(0);
    }

    private static void snap(Stage stage, Path file) throws Exception {
        Thread.sleep(800);
        onFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void snapNode(Stage stage, int tab, Path file) throws Exception {
        Thread.sleep(800);
        onFx(() -> {
            try {
                var tabs = (TabPane) stage.getScene().lookup(".tab-pane");
                var node = ((javafx.scene.control.ScrollPane) tabs.getTabs().get(tab).getContent()).getContent();
                ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(30, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            boolean[] ok = new boolean[1];
            onFx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the dashboard did not load in time");
    }
}
