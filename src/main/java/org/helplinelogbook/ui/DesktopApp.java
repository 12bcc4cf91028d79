package org.helplinelogbook.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.ui.common.BackgroundTaskRunner;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.common.UnexpectedErrors;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the desktop app: resolves the data folder, builds the background runner and the
 * shell, and opens the one window. No DI framework; every object is built here or in {@link AppShell}.
 */
public final class DesktopApp extends Application {

    private final BackgroundTaskRunner runner = new BackgroundTaskRunner();
    private AppShell shell;

    public static void launchWith(String[] args) {
        // en-GB dates, month names and week starts everywhere, whatever the computer's own locale (issue 17).
        Locale.setDefault(Locale.UK);
        StartupProbe.install();
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        UnexpectedErrors.install();
        Theme.apply(Theme.LIGHT);
        Path dataDir = DataFolder.resolve(dataOption());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StackPane(), Math.min(1280, screen.getWidth()), Math.min(760, screen.getHeight()));
        shell = new AppShell(scene, dataDir, runner, Clock.systemDefaultZone());
        shell.onDataFolderSwitched(DesktopApp::rememberFolder);
        stage.setTitle(Messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        // With a logbook open, closing first keeps the draft and refreshes the backup on a "Closing…" screen, so a
        // failure can be shown; a second close request while that runs closes at once (stop() waits for it).
        stage.setOnCloseRequest(event -> {
            if (shell.closeThen(Platform::exit)) {
                event.consume();
            }
        });
        shell.start();
        stage.show();
    }

    private static void rememberFolder(Path dir) {
        try {
            DataFolder.remember(dir);
        } catch (IOException e) {
            // The restored logbook is open now all the same; only the next start falls back to the usual folder.
            LoggerFactory.getLogger(DesktopApp.class).warn("Could not remember the logbook folder: {}",
                    e.getClass().getName());
        }
    }

    private String dataOption() {
        var named = getParameters().getNamed();
        if (named.containsKey("data")) {
            return named.get("data");
        }
        var raw = getParameters().getRaw();
        for (int i = 0; i < raw.size() - 1; i++) {
            if (raw.get(i).equals("--data")) {
                return raw.get(i + 1);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.shutDown();
        }
        runner.finish();
    }
}
