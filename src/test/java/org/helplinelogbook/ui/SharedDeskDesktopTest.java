package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.security.DeskPasswordStore;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.postgres.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;

/**
 * The office's desk, as a worker meets it: the first-run screen's "Join an office logbook" (address, certificate,
 * the desk's database password, once), then the ordinary sign-in with only the person's own password.
 */
@ExtendWith(PostgresServer.class)
class SharedDeskDesktopTest extends DesktopTestBase {

    SharedDeskDesktopTest() {
        super(1280, 760);
    }

    /** The desk's own folder, apart from the one the office logbook is set up from. */
    @Override
    protected Path dataFolder() {
        return dir.resolve("desk");
    }

    @Test
    void aDeskJoinedFromTheFirstRunScreenSignsInWithOnlyTheStaffPassword(FxRobot robot, PostgresServer pg)
            throws Exception {
        robot.interact(shell::start);
        var server = pg.newLogbook(1);
        LogbookSetup.createShared(dir.resolve("setup"), server.owner(), server.ownerPassword(), "manager1",
                "manager password 1".toCharArray(), java.time.ZoneId.of("Europe/London")).logbook().close();
        ConnectionProfile desk = server.desk(0).profile();
        String address = "postgresql://" + desk.user() + "@" + desk.host() + ":" + desk.port() + "/" + desk.database();

        robot.clickOn("#joinLink");
        waitUntil(() -> robot.lookup("#serverField").queryAs(TextField.class).isVisible());
        robot.interact(() -> {
            robot.lookup("#serverField").queryAs(TextField.class).setText(address);
            robot.lookup("#caField").queryAs(TextField.class).setText(desk.caCertificate().toString());
            robot.lookup("#deskPasswordField").queryAs(PasswordField.class)
                    .setText(new String(server.desk(0).password()));
        });
        robot.clickOn("#joinButton");
        waitUntil(() -> robot.lookup("#signInButton").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(Files.exists(dir.resolve("desk").resolve(ConnectionProfile.FILE_NAME))).isTrue();
        assertThat(Files.exists(dir.resolve("desk").resolve(DeskPasswordStore.FILE_NAME))).isTrue();
        assertThat(robot.lookup("#deskPasswordBox").query().isVisible())
                .as("the desk's database password is not asked again").isFalse();
        assertThat(robot.lookup("#restoreLink").query().isVisible())
                .as("no \"Restore a backup…\" on a desk: the server's administrator restores a shared logbook")
                .isFalse();

        robot.clickOn("#usernameField").write("manager1");
        robot.clickOn("#passwordField").write("manager password 1");
        robot.clickOn("#signInButton");
        waitUntil(() -> mainWindowShown(robot));
    }
}
