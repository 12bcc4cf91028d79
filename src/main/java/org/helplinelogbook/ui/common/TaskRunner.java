package org.helplinelogbook.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for background work. View models hand database and file work to it, never to the JavaFX thread;
 * results come back on the UI thread in the app and on the calling thread in tests, so view models test off
 * the FX thread without sleeps.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Work whose result is not needed (autosave); failures go to {@code onFailure}. */
    default void run(Runnable work, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    /**
     * Delivers an update made during background work (restore progress) where results go: the JavaFX thread in
     * the app, at once in tests.
     */
    default void post(Runnable update) {
        update.run();
    }
}
