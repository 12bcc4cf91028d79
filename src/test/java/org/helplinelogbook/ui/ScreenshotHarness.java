package org.helplinelogbook.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.DemoData;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.ui.accounts.AccountsView;
import org.helplinelogbook.ui.accounts.AccountsViewModel;
import org.helplinelogbook.ui.audit.AuditLogView;
import org.helplinelogbook.ui.audit.AuditLogViewModel;
import org.helplinelogbook.ui.campaigns.CampaignsView;
import org.helplinelogbook.ui.campaigns.CampaignsViewModel;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.contactedit.ContactEditViewModel;
import org.helplinelogbook.ui.contactlog.ContactLogView;
import org.helplinelogbook.ui.contactlog.ContactLogViewModel;
import org.helplinelogbook.ui.taxonomy.TaxonomyView;
import org.helplinelogbook.ui.taxonomy.TaxonomyViewModel;

/**
 * Test-side harness: shows each window of the log/manager packages at 1366x768 on demo data and writes PNGs.
 * Run under xvfb-run with the test classpath; argument: the output folder (default docs/screenshots).
 */
public final class ScreenshotHarness {

    private record Shot(String file, boolean dark, Function<Context, Node> view, boolean openFirst) {}

    private record Context(Logbook logbook, TaskRunner runner) {}

    private static Path out = Path.of("docs/screenshots");

    public static void main(String[] args) {
        if (args.length > 0) {
            out = Path.of(args[0]);
        }
        Platform.startup(() -> { });
        try {
            start();
        } catch (Exception e) {
            e.printStackTrace();
            Platform.exit();
        }
    }

    private static void start() throws Exception {
        Path dir = Files.createTempDirectory("logbook-shots");
        Logbook logbook = LogbookSetup.create(dir, "manager1", "a long password".toCharArray(), ZoneId.of("Europe/London")).logbook();
        TaskRunner runner = new BackgroundTaskRunner();
        Context ctx = new Context(logbook, runner);
        List<Shot> shots = new ArrayList<>(List.of(
                new Shot("contact-log.png", false, c -> contactLog(c).root(), false),
                new Shot("contact-edit.png", false, c -> contactLog(c).root(), true),
                new Shot("accounts.png", false, c -> new AccountsView(new AccountsViewModel(c.logbook(), c.runner())).root(), false),
                new Shot("taxonomy.png", false, c -> new TaxonomyView(new TaxonomyViewModel(c.logbook(), c.runner())).root(), false),
                new Shot("campaigns.png", false, c -> new CampaignsView(new CampaignsViewModel(c.logbook(), c.runner())).root(), false),
                new Shot("audit-log.png", false, c -> new AuditLogView(new AuditLogViewModel(c.logbook(), c.runner())).root(), false),
                new Shot("contact-edit-dark.png", true, c -> contactLog(c).root(), true),
                new Shot("accounts-dark.png", true, c -> new AccountsView(new AccountsViewModel(c.logbook(), c.runner())).root(), false)));
        String only = System.getProperty("shots");
        if (only != null) {
            shots.removeIf(s -> !only.contains(s.file()));
        }
        new Thread(() -> {
            try {
                DemoData.generate(logbook, 2000, 1, n -> { });
                logbook.accounts().add("worker1", Role.WORKER, "another long password".toCharArray());
                logbook.accounts().add("worker2", Role.WORKER, "another long password".toCharArray());
                for (Shot shot : shots) {
                    take(shot, ctx);
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.runLater(() -> {
                    logbook.close();
                    Platform.exit();
                });
            }
        }).start();
    }

    private static ContactLogView contactLog(Context c) {
        return new ContactLogView(new ContactLogViewModel(c.logbook(), c.runner()),
                new ContactEditViewModel(c.logbook(), c.runner()));
    }

    private static void take(Shot shot, Context ctx) throws Exception {
        Stage[] stage = new Stage[1];
        Node[] root = new Node[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(shot.dark() ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            root[0] = shot.view().apply(ctx);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new StackPane((Parent) root[0]), 1366, 768));
            stage[0].show();
        });
        Thread.sleep(2500);
        if (shot.openFirst()) {
            onFx(() -> {
                TableView<?> table = (TableView<?>) root[0].lookup(".table-view");
                table.requestFocus();
                table.getSelectionModel().select(0);
                table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            });
            Thread.sleep(1500);
        }
        onFx(() -> {
            try {
                var image = stage[0].getScene().snapshot(null);
                File file = out.resolve(shot.file()).toFile();
                ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
                System.out.println("wrote " + file);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
            stage[0].close();
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
}
