package org.helplinelogbook.ui;

import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.helplinelogbook.ui.common.TimingMarks;

/**
 * Start-up timing hook for docs/benchmarks.md, off unless asked for. With
 * {@code -Dhelplinelogbook.startupProbe=FILE} it appends {@code STARTUP_SHOWN <epoch ms>} to FILE when the first
 * window has been shown and its first frame drawn; with {@code -Dhelplinelogbook.startupProbe.exit=true} the
 * program then ends, so a benchmark can start it again and again. It writes to a file, never to a console.
 *
 * <p>With {@code -Dhelplinelogbook.startupProbe.signIn=USERNAME} as well (issue 17: "from pressing Sign in to a
 * usable form"), it then waits as long as a person takes to type a password
 * ({@code -Dhelplinelogbook.startupProbe.typingMs}, default 3,000; the sign-in screen's prewarm runs meanwhile),
 * fills in the sign-in form with USERNAME and the password in the environment variable {@code LOGBOOK_PASSWORD}
 * (as the CLI reads it; the probe is for throwaway benchmark logbooks), presses Sign in, and appends
 * {@code SIGN_IN_PRESSED <epoch ms>} and, once the main window with the form has been drawn and the window
 * answers again, {@code FORM_SHOWN <epoch ms>}. The installer records its AppCDS class list this way, so the
 * classes of the sign-in and the main window are archived too. Nothing is signed in without both settings.
 */
final class StartupProbe {

    static final String PROPERTY = TimingMarks.PROPERTY;
    static final String PASSWORD_ENV = "LOGBOOK_PASSWORD";

    private StartupProbe() {}

    /** Called before the JavaFX toolkit starts; costs one property read when off. */
    static void install() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        boolean exit = Boolean.getBoolean(PROPERTY + ".exit");
        String signInAs = System.getProperty(PROPERTY + ".signIn");
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> afterFrames(2, () -> {
                        if (recorded) {
                            return;
                        }
                        recorded = true;
                        record(Path.of(file), "STARTUP_SHOWN");
                        if (signInAs != null && !signInAs.isBlank()) {
                            signInLater(window.getScene(), signInAs, Path.of(file), exit);
                        } else if (exit) {
                            System.exit(0);
                        }
                    }));
                }
            }
        });
    }

    private static boolean recorded;

    /** Runs {@code then} on the UI thread after {@code frames} pulses: the first lays out and draws the window. */
    private static void afterFrames(int frames, Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen < frames) {
                    return;
                }
                stop();
                then.run();
            }
        }.start();
    }

    private static void signInLater(Scene scene, String username, Path file, boolean exit) {
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || scene.lookup("#signInButton") == null) {
            record(file, "SIGN_IN_SKIPPED");
            if (exit) {
                System.exit(0);
            }
            return;
        }
        PauseTransition typing = new PauseTransition(Duration.millis(Long.getLong(PROPERTY + ".typingMs", 3000)));
        typing.setOnFinished(e -> {
            ((TextField) scene.lookup("#usernameField")).setText(username);
            ((TextField) scene.lookup("#passwordField")).setText(password);
            record(file, "SIGN_IN_PRESSED");
            ThreadCpu cpu = new ThreadCpu();
            ((Button) scene.lookup("#signInButton")).fire();
            waitForForm(scene, file, exit, cpu);
        });
        typing.play();
    }

    /**
     * Each pulse, looks for the main window on show; two frames after it is, the form is drawn and usable. The main
     * window built while signing in is in the scene before, hidden beneath the sign-in screen: it does not count.
     */
    private static void waitForForm(Scene scene, Path file, boolean exit, ThreadCpu cpu) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (scene.getRoot().lookupAll(".main-window").stream().noneMatch(Node::isVisible)) {
                    return;
                }
                stop();
                afterFrames(2, () -> {
                    record(file, "FORM_SHOWN");
                    TimingMarks.append(file, "THREAD_CPU " + System.currentTimeMillis() + " " + cpu.sinceStart());
                    if (exit) {
                        // As closing the window does: the logbook is closed properly, so the next run opens it alike.
                        Platform.exit();
                    }
                });
            }
        }.start();
    }

    private static void record(Path file, String what) {
        TimingMarks.append(file, what + " " + System.currentTimeMillis());
    }
}
