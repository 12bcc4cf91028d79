package org.helplinelogbook.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.DemoData;
import org.helplinelogbook.ui.accounts.AccountsView;
import org.helplinelogbook.ui.accounts.AccountsViewModel;
import org.helplinelogbook.ui.audit.AuditLogView;
import org.helplinelogbook.ui.audit.AuditLogViewModel;
import org.helplinelogbook.ui.campaigns.CampaignsView;
import org.helplinelogbook.ui.campaigns.CampaignsViewModel;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.contactedit.ContactEditViewModel;
import org.helplinelogbook.ui.contactlog.ContactLogView;
import org.helplinelogbook.ui.contactlog.ContactLogViewModel;
import org.helplinelogbook.ui.taxonomy.TaxonomyView;
import org.helplinelogbook.ui.taxonomy.TaxonomyViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Writes the pictures of the log and manager windows (contact-log, contact-edit, accounts, taxonomy, campaigns,
 * audit-log, and two dark ones) into docs/screenshots: each window alone at 1366×768 on demo data. Not part of the
 * suite (the name does not end in Test); run it with {@code mvn test -Dtest=ScreenshotHarness}, adding
 * {@code -Dshots=accounts,taxonomy} for only some and {@code -Dscreenshots.folder=DIR} to write elsewhere.
 */
class ScreenshotHarness extends DesktopTestBase {

    private record Shot(String name, boolean dark, Supplier<Node> view, boolean openFirst) {}

    ScreenshotHarness() {
        super(1366, 768);
    }

    @Test
    void takeScreenshots(FxRobot robot) throws Exception {
        logbook = TestLogbooks.create(ScreenshotFolders.logbook(dir));
        DemoData.generate(logbook, 2000, 1, n -> { });
        logbook.accounts().add("worker1", Role.WORKER, "another long password".toCharArray());
        logbook.accounts().add("worker2", Role.WORKER, "another long password".toCharArray());
        List<Shot> shots = new ArrayList<>(List.of(
                new Shot("contact-log", false, this::contactLog, false),
                new Shot("contact-edit", false, this::contactLog, true),
                new Shot("accounts", false, this::accounts, false),
                new Shot("taxonomy", false, () -> new TaxonomyView(new TaxonomyViewModel(logbook, runner)).root(), false),
                new Shot("campaigns", false, () -> new CampaignsView(new CampaignsViewModel(logbook, runner)).root(), false),
                new Shot("audit-log", false, () -> new AuditLogView(new AuditLogViewModel(logbook, runner)).root(), false),
                new Shot("contact-edit-dark", true, this::contactLog, true),
                new Shot("accounts-dark", true, this::accounts, false)));
        String only = System.getProperty("shots");
        if (only != null) {
            shots.removeIf(s -> !List.of(only.split(",")).contains(s.name()));
        }
        for (Shot shot : shots) {
            take(robot, shot);
        }
    }

    private Node contactLog() {
        return new ContactLogView(new ContactLogViewModel(logbook, runner), new ContactEditViewModel(logbook, runner))
                .root();
    }

    private Node accounts() {
        return new AccountsView(new AccountsViewModel(logbook, runner)).root();
    }

    private void take(FxRobot robot, Shot shot) throws Exception {
        robot.interact(() -> Theme.apply(shot.dark() ? Theme.DARK : Theme.LIGHT));
        Node[] root = new Node[1];
        Scene shown = show(1366, 768, () -> {
            root[0] = shot.view().get();
            return new StackPane(root[0]);
        });
        Thread.sleep(2500); // the window's lists load in the background
        if (shot.openFirst()) {
            robot.interact(() -> {
                TableView<?> table = (TableView<?>) root[0].lookup(".table-view");
                table.requestFocus();
                table.getSelectionModel().select(0);
                table.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            });
            Thread.sleep(1500);
        }
        saveScreenshot(shown, shot.name());
    }
}
