package org.helplinelogbook.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/**
 * The pieces every manager window (accounts, taxonomy, campaigns, audit log) is built from, written once: the table
 * (rows, text columns, the line shown while empty, the selection the view model follows), a yes/no question and a
 * label converter; their message and error lines are {@link StatusLines}. Each window's own view keeps only what is
 * its own: its form, its buttons and what they do.
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

    /**
     * The window's table: its rows, its columns (the last one takes the spare width) and the line it shows while
     * empty ({@code emptyKey}, or the table's own when null).
     */
    public static <T> void table(TableView<T> table, ObservableList<T> rows, String emptyKey,
            List<TableColumn<T, String>> columns) {
        table.setItems(rows);
        if (!columns.isEmpty()) {
            table.getColumns().setAll(columns);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        }
        if (emptyKey != null) {
            table.setPlaceholder(new Label(Messages.get(emptyKey)));
        }
    }

    /**
     * The row the person picks is the view model's {@code selected}, and the view model's choice (after a save, or
     * none after a delete) is the row shown picked, scrolled into view.
     */
    public static <T> void followSelection(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                selected.set(now);
            }
        });
        selected.addListener((obs, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
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
        return DialogFit.apply(alert).showAndWait().orElse(no) == yes;
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
