package org.helplinelogbook.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One line that says how the last thing went, calmly ("Saved: …", "Backed up …") or as a problem ("Not saved yet",
 * "The folder cannot be found"), which a view shows in a warning colour ({@link StatusLines#oneLine}). For a part of
 * a window whose single line is either; a window with a calm line and a separate error line holds a
 * {@link WorkStatus}. Display-free: beans only.
 */
public final class OneLineStatus {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(this, "problem", false);

    /** Says {@code line}, as a problem or not; an empty line clears it. */
    public void show(String line, boolean isProblem) {
        text.set(line);
        problem.set(isProblem);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Whether the line is a problem rather than a confirmation. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
