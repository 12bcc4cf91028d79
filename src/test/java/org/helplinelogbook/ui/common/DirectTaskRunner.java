package org.helplinelogbook.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread, so view-model tests are deterministic and need no FX thread. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable t) {
            onFailure.accept(t);
            return;
        }
        onSuccess.accept(result);
    }
}
