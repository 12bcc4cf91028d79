package org.helplinelogbook.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last line of defence for a failure nothing else caught: the log gets the exception's type (never its message,
 * which could hold a value), the person gets one calm sentence instead of a stack trace on a console.
 */
public final class UnexpectedErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private UnexpectedErrors() {}

    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Unexpected failure on thread {}: {}", thread.getName(), error.getClass().getName());
            if (Platform.isFxApplicationThread()) {
                show(error);
            } else {
                Platform.runLater(() -> show(error));
            }
        });
    }

    private static void show(Throwable error) {
        if (!SHOWING.compareAndSet(false, true)) {
            return; // one message at a time: a failing dialog must not open another
        }
        try {
            Alert alert = new Alert(Alert.AlertType.WARNING, UserMessages.describe(error));
            alert.setHeaderText(null);
            alert.setTitle(Messages.get("app.title"));
            DialogFit.apply(alert).showAndWait();
        } catch (RuntimeException ignored) {
            // the log already has it
        } finally {
            SHOWING.set(false);
        }
    }
}
