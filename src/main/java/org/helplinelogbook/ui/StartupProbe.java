package org.helplinelogbook.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Start-up timing hook for docs/benchmarks.md, off unless asked for. With
 * {@code -Dhelplinelogbook.startupProbe=FILE} it appends {@code STARTUP_SHOWN <epoch ms>} to FILE when the first
 * window has been shown and its first frame drawn; with {@code -Dhelplinelogbook.startupProbe.exit=true} the
 * program then ends, so a benchmark can start it again and again. It writes to a file, never to a console.
 */
final class StartupProbe {

    static final String PROPERTY = "helplinelogbook.startupProbe";

    private StartupProbe() {}

    /** Called before the JavaFX toolkit starts; costs one property read when off. */
    static void install() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        boolean exit = Boolean.getBoolean(PROPERTY + ".exit");
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> afterFirstFrame(Path.of(file), exit));
                }
            }
        });
    }

    private static boolean recorded;

    private static void afterFirstFrame(Path file, boolean exit) {
        if (recorded) {
            return;
        }
        recorded = true;
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The first pulse after showing lays out and draws the window; record after it.
                if (++frames < 2) {
                    return;
                }
                stop();
                try {
                    Files.writeString(file, "STARTUP_SHOWN " + System.currentTimeMillis() + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException ignored) {
                    // a measurement aid only; the app carries on
                }
                if (exit) {
                    System.exit(0);
                }
            }
        }.start();
    }
}
