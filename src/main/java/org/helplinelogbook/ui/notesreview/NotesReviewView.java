package org.helplinelogbook.ui.notesreview;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.helplinelogbook.ui.common.DialogFit;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;
import org.helplinelogbook.ui.contactedit.ContactEditView;
import org.helplinelogbook.ui.contactedit.ContactEditViewModel;

/**
 * Review of old notes: a period, counts by month and kind, the contacts to review, and beside them the opened
 * contact (the contact log's edit panel, with its live identifier warnings and Show, Redact and Keep).
 */
public final class NotesReviewView {

    private final NotesReviewViewModel model;
    private final ContactEditView contactPanel;

    @FXML private BorderPane root;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Button checkButton;
    @FXML private Label statusLabel;
    @FXML private Label errorLabel;
    @FXML private TableView<NotesReviewViewModel.CountRow> countsTable;
    @FXML private TableView<NotesReviewViewModel.ContactRow> contactsTable;
    @FXML private Button openButton;
    @FXML private Button redactAllButton;
    @FXML private VBox contactHolder;

    /** @param contactModel the view model of the opened contact's panel (the contact log's edit panel) */
    public NotesReviewView(NotesReviewViewModel model, ContactEditViewModel contactModel) {
        this.model = model;
        this.contactPanel = new ContactEditView(contactModel);
        ViewLoader.loadManagerWindow(this, "notes-review.css");
    }

    public Node root() {
        return root;
    }

    public NotesReviewViewModel viewModel() {
        return model;
    }

    /** The opened contact's panel (for tests and screenshots). */
    public ContactEditView contactPanel() {
        return contactPanel;
    }

    @FXML
    private void initialize() {
        double em = Font.getDefault().getSize();
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        checkButton.disableProperty().bind(model.status().busyProperty());
        statusLabel.textProperty().bind(model.status().messageProperty());
        errorLabel.textProperty().bind(model.status().errorProperty());
        StatusLines.shownWhen(errorLabel, model.status().errorProperty().isNotEmpty());

        countsTable.setItems(model.counts());
        countsTable.getColumns().setAll(List.of(
                column("review.column.month", NotesReviewViewModel.CountRow::month, 10 * em),
                column("review.column.kind", NotesReviewViewModel.CountRow::kind, 16 * em),
                column("review.column.contacts", r -> String.valueOf(r.contacts()), 6 * em)));
        countsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        countsTable.setPlaceholder(new Label(Messages.get("review.empty")));

        contactsTable.setItems(model.contacts());
        contactsTable.getColumns().setAll(List.of(
                column("review.column.when", NotesReviewViewModel.ContactRow::when, 11 * em),
                column("review.column.kinds", NotesReviewViewModel.ContactRow::kinds, 18 * em),
                column("review.column.hits", r -> String.valueOf(r.hits()), 4 * em)));
        contactsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        contactsTable.setPlaceholder(new Label(Messages.get("review.empty")));
        contactsTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onOpen();
            }
        });
        var none = contactsTable.getSelectionModel().selectedItemProperty().isNull();
        openButton.disableProperty().bind(none.or(model.status().busyProperty()));
        redactAllButton.disableProperty().bind(none.or(model.status().busyProperty()));

        contactHolder.getChildren().setAll(contactPanel.root());
        contactHolder.setVisible(false);
        contactHolder.setManaged(false);
        contactPanel.setOnClose(() -> {
            contactHolder.setVisible(false);
            contactHolder.setManaged(false);
        });
        contactPanel.setOnSaved(saved -> model.check());
    }

    @FXML
    private void onCheck() {
        model.check();
    }

    @FXML
    private void onOpen() {
        var row = contactsTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        model.find(row).ifPresent(contact -> {
            contactPanel.show(contact);
            contactHolder.setVisible(true);
            contactHolder.setManaged(true);
            contactPanel.focus();
        });
    }

    @FXML
    private void onRedactAll() {
        var row = contactsTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        ButtonType redact = new ButtonType(Messages.get("review.redactAll.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("review.redactAll.question"), redact,
                ButtonType.CANCEL);
        ask.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        ask.setHeaderText(null);
        DialogFit.apply(ask).showAndWait().filter(b -> b == redact).ifPresent(b -> model.redactAll(row));
    }

    private static <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
