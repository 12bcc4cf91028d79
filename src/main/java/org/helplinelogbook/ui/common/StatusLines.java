package org.helplinelogbook.ui.common;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * How a window shows its view model's {@link WorkStatus}, written once: the moving bar while busy, the calm message
 * line, the error line; and the one way to show a part of a window only while something holds (hidden, it takes no
 * room, so the window does not keep a gap for it).
 */
public final class StatusLines {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private StatusLines() {}

    /** Shows {@code node} only {@code when}; hidden, it takes no room. */
    public static void shownWhen(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** The moving bar (or spinner) that shows work is under way; it takes no room otherwise. */
    public static void busyBar(Node bar, WorkStatus status) {
        shownWhen(bar, status.busyProperty());
    }

    /** The one line of a window that says everything (working, done, a problem); it takes no room when empty. */
    public static void messageLine(Label label, WorkStatus status) {
        label.textProperty().bind(status.messageProperty());
        shownWhen(label, Bindings.isNotEmpty(status.messageProperty()));
    }

    /** A {@link OneLineStatus}: its text, with the pseudo-class {@code :problem} (for the warning colour) while a problem. */
    public static void oneLine(Label label, OneLineStatus line) {
        label.textProperty().bind(line.textProperty());
        label.pseudoClassStateChanged(PROBLEM, line.problemProperty().get());
        line.problemProperty().addListener((o, was, isProblem) -> label.pseudoClassStateChanged(PROBLEM, isProblem));
    }

    /** The message and error lines of {@code status}: the calm one hidden while there is an error. */
    public static void messageAndError(Label messageLabel, Label errorLabel, WorkStatus status) {
        messageAndError(messageLabel, status.messageProperty(), errorLabel, status.errorProperty());
    }

    /** The calm message line (hidden while there is an error) and the error line, each taking no room when empty. */
    public static void messageAndError(Label messageLabel, ObservableStringValue message, Label errorLabel,
            ObservableStringValue error) {
        messageLabel.textProperty().bind(message);
        shownWhen(messageLabel, Bindings.isNotEmpty(message).and(Bindings.isEmpty(error)));
        errorLine(errorLabel, error);
    }

    /** The error line alone, taking no room when empty. */
    public static void errorLine(Label errorLabel, ObservableStringValue error) {
        errorLabel.textProperty().bind(error);
        shownWhen(errorLabel, Bindings.isNotEmpty(error));
    }
}
