package org.helplinelogbook.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window until the desktop issue lands. */
public final class DesktopApp extends Application {

    public static void launchWith(String[] args) {
        StartupProbe.install();
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Helpline Logbook");
        stage.setScene(new Scene(new Label("Helpline Logbook"), 640, 400));
        stage.show();
    }
}
