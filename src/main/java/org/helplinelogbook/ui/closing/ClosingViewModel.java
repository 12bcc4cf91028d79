package org.helplinelogbook.ui.closing;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window while the logbook closes for good: when the app closes (the unsaved form is kept as a draft and
 * today's backup refreshed first), or when a manager tidies the logbook file. The person reads what went wrong, or
 * what the tidy did, and goes on with the button; a clean close goes on by itself.
 */
public final class ClosingViewModel {

    /** The window's title, what it says while it works, and its button. */
    public record Texts(String title, String working, String button) {}

    private final Texts texts;
    private final Runnable next;
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(true);

    public ClosingViewModel(Texts texts, Runnable next) {
        this.texts = texts;
        this.next = next;
    }

    /** The app is closing and the logbook is closed: goes on at once, or shows what failed and waits. */
    public void closed(List<String> whatFailed) {
        if (whatFailed.isEmpty()) {
            waiting.set(false);
            next.run();
        } else {
            finished(String.join("\n", whatFailed), true);
        }
    }

    /** Shows how it ended and waits for the button. */
    public void finished(String message, boolean isProblem) {
        problem.set(isProblem);
        outcome.set(message);
        waiting.set(false);
    }

    public void goOn() {
        if (!waiting.get()) {
            next.run();
        }
    }

    public Texts texts() {
        return texts;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }
}
