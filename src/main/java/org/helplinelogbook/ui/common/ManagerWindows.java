package org.helplinelogbook.ui.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

/**
 * The pieces every manager window (accounts, taxonomy, campaigns, audit log) is built from, written once: a text
 * column, the message and error lines under the form, a shown-when binding, a yes/no question and a label converter.
 */
public final class ManagerWindows {

    private ManagerWindows() {}

    /** A read-only text column headed by the text {@code key}. */
    public static <T> TableColumn<T, String> textColumn(String key, Function<T, String> value, double width,
            boolean sortable) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(sortable);
        return c;
    }

    /** The calm message line (hidden while there is an error) and the error line, each taking no room when empty. */
    public static void messageAndError(Label messageLabel, ObservableStringValue message, Label errorLabel,
            ObservableStringValue error) {
        messageLabel.textProperty().bind(message);
        show(messageLabel, Bindings.isNotEmpty(message)
                .and(Bindings.isEmpty(error)));
        errorLabel(errorLabel, error);
    }

    /** The error line alone, taking no room when empty. */
    public static void errorLabel(Label errorLabel, ObservableStringValue error) {
        errorLabel.textProperty().bind(error);
        show(errorLabel, Bindings.isNotEmpty(error));
    }

    /** Shows {@code node} only {@code when}; hidden, it takes no room. */
    public static void show(Node node, ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Asks a yes/no question over the window that holds {@code owner}; true when the person chose {@code yesText}. */
    public static boolean confirm(Node owner, String title, String question, String yesText, String noText) {
        ButtonType yes = new ButtonType(yesText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(noText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner.getScene() != null) {
            alert.initOwner(owner.getScene().getWindow());
        }
        return alert.showAndWait().orElse(no) == yes;
    }

    /** Shows each item by {@code label}; a null item reads as nothing. Lists are pick-only, so no parsing back. */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
