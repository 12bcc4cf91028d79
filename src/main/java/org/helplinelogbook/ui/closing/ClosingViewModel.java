package org.helplinelogbook.ui.closing;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window while the app closes: the unsaved form is kept as a draft and today's backup refreshed before the
 * logbook closes. If either failed, the person reads why and closes the app themselves; otherwise it just closes.
 */
public final class ClosingViewModel {

    private final Runnable exit;
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(true);

    public ClosingViewModel(Runnable exit) {
        this.exit = exit;
    }

    /** The logbook is closed: exits at once, or shows what went wrong and waits for "Close". */
    public void closed(List<String> whatFailed) {
        waiting.set(false);
        if (whatFailed.isEmpty()) {
            exit.run();
        } else {
            problems.set(String.join("\n", whatFailed));
        }
    }

    public void closeNow() {
        if (!waiting.get()) {
            exit.run();
        }
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }
}
