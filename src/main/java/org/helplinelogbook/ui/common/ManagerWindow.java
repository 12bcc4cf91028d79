package org.helplinelogbook.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Font;

/**
 * A manager window (staff accounts, taxonomy, campaigns, audit log), written once. Each window's view extends it and
 * keeps only what is its own: its form, its buttons and what they do. This class loads the FXML beside the subclass
 * with the layout the manager windows share ({@link ViewLoader#loadManagerWindow}), holds the window's root, shows
 * the view model's {@link WorkStatus} on the window's error line and calm message line, and gives the pieces every
 * manager window is built from: its table (rows, text columns, the line shown while empty, the selection the view
 * model follows), and a yes/no question over the window.
 *
 * <p>The FXML's root is {@code fx:id="root"}, its table {@code fx:id="table"} and its error line
 * {@code fx:id="errorLabel"}; a calm message line is {@code fx:id="messageLabel"} where the window has one (the audit
 * log's foot line is its own: how many entries show, beside "Load more").
 *
 * <p>{@code FXMLLoader} calls the window's {@code initialize()} while this constructor loads the FXML, before the
 * window's own constructor goes on: so the view model is handed to this class, and a window holds nothing but its
 * {@code @FXML} controls (ArchUnit checks it).
 *
 * @param <M> the window's view model: set before the FXML loads, because the subclass's {@code initialize()} binds
 *     to it
 * @param <R> what a row of the window's table is
 */
public abstract class ManagerWindow<M, R> {

    protected final M model;
    @FXML private BorderPane root;
    @FXML private TableView<R> table;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;

    protected ManagerWindow(M model, WorkStatus status, String stylesheet) {
        this.model = model;
        ViewLoader.loadManagerWindow(this, stylesheet);
        if (messageLabel != null) {
            StatusLines.messageAndError(messageLabel, errorLabel, status);
        } else {
            StatusLines.errorLine(errorLabel, status.errorProperty());
        }
    }

    /** The window, to put in the main window's content area. */
    public final Node root() {
        return root;
    }

    /** The window's list. */
    protected final TableView<R> table() {
        return table;
    }

    /** The row picked in the list, or null. */
    protected final R pickedRow() {
        return table.getSelectionModel().getSelectedItem();
    }

    /**
     * A read-only text column headed by the text {@code key}, {@code ems} wide: in ems of the default font, so the
     * columns keep their proportions to the text whatever its size.
     */
    protected static <T> TableColumn<T, String> textColumn(String key, Function<T, String> value, double ems) {
        TableColumn<T, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(ems * Font.getDefault().getSize());
        return c;
    }

    /** Whether a click on a column heading sorts the list by it. */
    protected enum Order {
        /** The person may sort by any column. */
        SORTABLE,
        /** The rows keep the order they are given in (the taxonomy's order is what it means; the audit log pages). */
        AS_GIVEN
    }

    /**
     * The window's table: its rows, its columns (the last one takes the spare width; each heading's tooltip gives it
     * whole) and the line it shows while
     * empty ({@code emptyKey}, or the table's own when null).
     */
    protected final void showRows(ObservableList<R> rows, String emptyKey, Order order,
            List<TableColumn<R, String>> columns) {
        table.setItems(rows);
        columns.forEach(c -> c.setSortable(order == Order.SORTABLE));
        if (!columns.isEmpty()) {
            table.getColumns().setAll(columns);
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            HeadingTooltips.install(table); // a heading cut short on a small screen is still readable
        }
        if (emptyKey != null) {
            table.setPlaceholder(new Label(Messages.get(emptyKey)));
        }
    }

    /**
     * The row the person picks is the view model's {@code selected}, and the view model's choice (after a save, or
     * none after a delete) is the row shown picked, scrolled into view.
     */
    protected final void followSelection(ObjectProperty<R> selected) {
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

    /** Asks a yes/no question over this window; true when the person chose {@code yesText}. */
    protected final boolean confirm(String title, String question, String yesText, String noText) {
        ButtonType yes = new ButtonType(yesText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(noText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        return DialogFit.apply(alert).showAndWait().orElse(no) == yes;
    }
}
