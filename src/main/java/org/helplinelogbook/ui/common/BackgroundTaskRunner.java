package org.helplinelogbook.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work on one daemon thread, in order, and delivers results on the JavaFX thread. One thread keeps writes
 * to the logbook in the order the worker made them. Tasks are never cancelled with an interrupt: interrupting
 * a thread inside H2 can corrupt the database file.
 */
public final class BackgroundTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "logbook-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                Platform.runLater(() -> onFailure.accept(t));
            }
        });
    }

    @Override
    public void post(Runnable update) {
        Platform.runLater(update);
    }

    /**
     * Lets queued work (a last autosave, a save in flight, the backup on exit) finish before the app exits. A backup
     * cut short leaves only a temporary file, never a broken backup, so the wait is bounded.
     */
    public void finish() {
        executor.shutdown();
        try {
            executor.awaitTermination(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
