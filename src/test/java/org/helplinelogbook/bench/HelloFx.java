package org.helplinelogbook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for the start-up benchmark (docs/benchmarks.md): a JavaFX hello-world started the same way as the
 * app (a plain main calling Application.launch from the classpath) and timed the same way: with
 * {@code -Dhelplinelogbook.startupProbe=FILE} it appends {@code STARTUP_SHOWN <epoch ms>} after the window's
 * first drawn frame, then exits.
 */
public final class HelloFx {

    private HelloFx() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window: one label, nothing else. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Hello");
            stage.setScene(new Scene(new Label("Hello, world"), 640, 400));
            stage.show();
            String file = System.getProperty("helplinelogbook.startupProbe");
            if (file == null) {
                return;
            }
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames < 2) {
                        return;
                    }
                    stop();
                    try {
                        Files.writeString(Path.of(file), "STARTUP_SHOWN " + System.currentTimeMillis() + "\n",
                                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    System.exit(0);
                }
            }.start();
        }
    }
}
