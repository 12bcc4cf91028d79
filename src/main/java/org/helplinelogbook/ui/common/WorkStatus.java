package org.helplinelogbook.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a window's background work means to the person: busy while it runs, then a calm message or an error line.
 * A view model that hands work to the {@link TaskRunner} holds one of these instead of its own busy, message and
 * error properties, and hands it out as {@code status()}; the view binds its busy bar and its message and error
 * lines to it ({@link StatusLines}). Display-free: beans only.
 */
public final class WorkStatus {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public void setBusy(boolean now) {
        busy.set(now);
    }

    /** Work begins: busy, and the last error goes (the last message stays until a new one replaces it). */
    public void start() {
        busy.set(true);
        error.set("");
    }

    /** The calm line: what was just done ("Added …"), or empty. */
    public void say(String text) {
        message.set(text);
    }

    /** The error line, for a problem found before any work starts ("The passwords differ"), or empty. */
    public void refuse(String text) {
        error.set(text);
    }

    /** The error line goes (the form it was about was left or filled afresh). */
    public void clearError() {
        error.set("");
    }

    /** Work failed: no longer busy, and the error line says why in words a person reads. */
    public void fail(Throwable t) {
        busy.set(false);
        error.set(UserMessages.describe(t));
    }

    /** Work failed, in a window with one line for both: no longer busy, and the message says why. */
    public void failInMessage(Throwable t) {
        busy.set(false);
        message.set(UserMessages.describe(t));
    }

    /**
     * The usual round: {@link #start()}, the work on the runner, then not busy and {@code then} with the result;
     * a failure goes to {@link #fail}.
     */
    public <T> void run(TaskRunner runner, Callable<T> work, Consumer<T> then) {
        start();
        runner.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, this::fail);
    }
}
