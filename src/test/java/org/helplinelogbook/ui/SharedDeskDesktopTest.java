package org.helplinelogbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.security.DeskPasswordStore;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.postgres.PostgresServer;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The office's desk, as a worker meets it: the first-run screen's "Join an office logbook" (address, certificate,
 * the desk's database password, once), then the ordinary sign-in with only the person's own password.
 */
@ExtendWith({PostgresServer.class, ApplicationExtension.class})
class SharedDeskDesktopTest {

    @TempDir
    Path dir;

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private AppShell shell;

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(new StackPane(), 1280, 760);
        shell = new AppShell(scene, dir.resolve("desk"), runner, new MutableClock(Instant.now()));
        stage.setScene(scene);
        stage.show();
        shell.start();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(shell::shutDown);
        runner.finish();
    }

    @Test
    void aDeskJoinedFromTheFirstRunScreenSignsInWithOnlyTheStaffPassword(FxRobot robot, PostgresServer pg)
            throws Exception {
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
        waitUntil(() -> robot.lookup(".main-window").tryQuery().isPresent());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
