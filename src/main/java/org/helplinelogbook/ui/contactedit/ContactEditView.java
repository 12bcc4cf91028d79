package org.helplinelogbook.ui.contactedit;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.CheckListView;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.ui.common.Choice;
import org.helplinelogbook.ui.common.DialogFit;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.NoteWarningsPane;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;
import org.helplinelogbook.ui.contactedit.ContactEditViewModel.Detail;

/** The open contact beside the log: details, notes, and the edit form when the person may edit. */
public final class ContactEditView {

    private final ContactEditViewModel model;
    @FXML private VBox root;
    private Supplier<Map<Long, String>> staffNames = Map::of;
    private Runnable onClose = () -> { };

    @FXML private GridPane detailsGrid;
    @FXML private GridPane formGrid;
    @FXML private DatePicker datePicker;
    @FXML private TextField timeField;
    @FXML private TextField durationField;
    @FXML private ComboBox<Choice> channelBox;
    @FXML private ComboBox<Choice> callerTypeBox;
    @FXML private ComboBox<Choice> sourceBox;
    @FXML private CheckListView<Choice> topicsList;
    @FXML private CheckListView<Choice> outcomesList;
    @FXML private TextArea notesArea;
    @FXML private VBox warningsHolder;
    @FXML private CheckBox holdCheck;
    @FXML private Label messageLabel;
    @FXML private VBox problemBox;
    @FXML private Label errorLabel;
    @FXML private Button reloadButton;
    @FXML private Button editButton;
    /** Set by {@link #focus()} while Edit is not yet shown: the focus goes to it when it is. */
    private boolean focusEditWhenShown;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    @FXML private Button deleteButton;
    @FXML private Button closeButton;

    private final PauseTransition scanPause = new PauseTransition(Duration.millis(300));

    public ContactEditView(ContactEditViewModel model) {
        this.model = model;
        ViewLoader.load(this, "contact-edit.css");
    }

    public Node root() {
        return root;
    }

    public ContactEditViewModel viewModel() {
        return model;
    }

    public void show(Contact contact) {
        model.setStaffNames(staffNames.get());
        model.show(contact);
    }

    /**
     * Moves keyboard focus into the pane: Edit, or Close until Edit shows. Whether the contact may be edited is
     * read in the background after the pane opens, so the focus moves on to Edit then if it is still on Close.
     */
    public void focus() {
        boolean editable = editButton.isVisible() && !editButton.isDisabled();
        focusEditWhenShown = !editable;
        (editable ? editButton : closeButton).requestFocus();
    }

    public void setStaffNames(Supplier<Map<Long, String>> names) {
        this.staffNames = names;
    }

    public void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    /** One row per detail of the open contact: its name, then its text as the view model reads it. */
    private void showDetails() {
        for (Detail detail : Detail.values()) {
            Label name = new Label(Messages.get(detail.nameKey()));
            name.getStyleClass().add("field-name");
            Label value = new Label();
            value.setWrapText(true);
            value.textProperty().bind(model.details().get(detail));
            detailsGrid.addRow(detail.ordinal(), name, value);
        }
    }

    public void setOnSaved(Consumer<Contact> onSaved) {
        model.setOnSaved(onSaved);
    }

    public void setOnDeleted(Consumer<UUID> onDeleted) {
        model.setOnDeleted(onDeleted);
    }

    @FXML
    private void initialize() {
        showDetails();
        datePicker.valueProperty().bindBidirectional(model.dateProperty());
        timeField.textProperty().bindBidirectional(model.timeProperty());
        durationField.textProperty().bindBidirectional(model.durationProperty());
        channelBox.setItems(model.channelChoices());
        channelBox.valueProperty().bindBidirectional(model.channelProperty());
        callerTypeBox.setItems(model.callerTypeChoices());
        callerTypeBox.valueProperty().bindBidirectional(model.callerTypeProperty());
        sourceBox.setItems(model.sourceChoices());
        sourceBox.valueProperty().bindBidirectional(model.sourceProperty());
        sourceBox.disableProperty().bind(model.dataContactProperty().not());
        bindChecks(topicsList, model.topicChoices(), model.topics());
        bindChecks(outcomesList, model.outcomeChoices(), model.outcomes());
        topicsList.disableProperty().bind(model.dataContactProperty().not());
        outcomesList.disableProperty().bind(model.dataContactProperty().not());

        var editing = model.editingProperty();
        StatusLines.shownWhen(detailsGrid, editing.not());
        StatusLines.shownWhen(formGrid, editing);
        // Notes: the editable text while editing, otherwise the stored notes (or why there are none to show).
        model.contactProperty().addListener((obs, was, now) -> syncNotes());
        editing.addListener((obs, was, now) -> syncNotes());
        model.notesTextProperty().addListener((obs, was, now) -> syncNotes());
        notesArea.textProperty().addListener((obs, was, now) -> {
            if (model.editingProperty().get()) {
                model.notesProperty().set(now);
            }
        });
        model.notesProperty().addListener((obs, was, now) -> {
            if (model.editingProperty().get() && !now.equals(notesArea.getText())) {
                notesArea.setText(now);
            }
        });

        // Identifier warnings while editing, rescanned after a typing pause, exactly as in the new-contact form.
        scanPause.setOnFinished(e -> model.scanNotes());
        model.notesProperty().addListener((obs, was, now) -> {
            if (model.editingProperty().get()) {
                scanPause.playFromStart();
            }
        });
        warningsHolder.getChildren().add(new NoteWarningsPane(model.warnings(), notesArea, model::redact, model::keep));
        StatusLines.shownWhen(warningsHolder, editing);

        holdCheck.setVisible(model.isManager());
        holdCheck.setManaged(model.isManager());
        holdCheck.setOnAction(e -> model.setHold(holdCheck.isSelected()));
        model.holdProperty().addListener((obs, was, now) -> holdCheck.setSelected(now));
        model.status().busyProperty().addListener((obs, was, now) -> holdCheck.setSelected(model.holdProperty().get()));

        StatusLines.messageAndError(messageLabel, errorLabel, model.status());
        StatusLines.shownWhen(problemBox, model.status().errorProperty().isNotEmpty());
        StatusLines.shownWhen(reloadButton, model.conflictProperty());

        StatusLines.shownWhen(editButton, editing.not().and(model.mayEditProperty()));
        editButton.visibleProperty().addListener((obs, was, shown) -> {
            if (shown && focusEditWhenShown && closeButton.isFocused()) {
                editButton.requestFocus();
            }
            focusEditWhenShown = false;
        });
        StatusLines.shownWhen(saveButton, editing);
        StatusLines.shownWhen(cancelButton, editing);
        StatusLines.shownWhen(deleteButton, editing.not().and(model.contactProperty().isNotNull())
                .and(new SimpleBooleanProperty(model.isManager())));
        saveButton.disableProperty().bind(model.status().busyProperty());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (model.editingProperty().get()) {
                    model.cancelEdit();
                } else {
                    onClose.run();
                }
                e.consume();
            }
        });
    }

    private void syncNotes() {
        boolean editing = model.editingProperty().get();
        boolean readable = model.notesReadable();
        notesArea.setEditable(editing && readable);
        notesArea.setText(editing ? model.notesProperty().get() : model.notesTextProperty().get());
        notesArea.pseudoClassStateChanged(PseudoClass.getPseudoClass("readonly"), !editing);
    }

    @FXML
    private void onEdit() {
        model.startEdit();
        datePicker.requestFocus();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onCancel() {
        model.cancelEdit();
        editButton.requestFocus();
    }

    @FXML
    private void onReload() {
        model.reloadTheirVersion();
    }

    @FXML
    private void onClose() {
        onClose.run();
    }

    @FXML
    private void onDelete() {
        ButtonType delete = new ButtonType(Messages.get("log.edit.delete.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.get("log.edit.delete.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, model.deleteQuestion(), delete, keep);
        alert.setTitle(Messages.get("log.edit.delete.title"));
        alert.setHeaderText(Messages.get("log.edit.delete.title"));
        if (root.getScene() != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        if (DialogFit.apply(alert).showAndWait().orElse(keep) == delete) {
            model.delete();
        }
    }

    /** Keeps a check list's checked items and the model's list of codes in step, both ways. */
    private static void bindChecks(CheckListView<Choice> list, ObservableList<Choice> choices, ObservableList<String> codes) {
        list.setItems(choices);
        // Long names wrap inside the panel's width: the default cells kept one line each, and at 1024×600 the
        // narrow panel grew a horizontal scrollbar with the names cut short.
        list.setCellFactory(view -> {
            CheckBoxListCell<Choice> cell = new CheckBoxListCell<>(list::getItemBooleanProperty);
            cell.setWrapText(true);
            cell.setPrefWidth(0); // the list's width decides, not the longest name
            return cell;
        });
        boolean[] syncing = {false};
        Runnable toList = () -> {
            syncing[0] = true;
            try {
                list.getCheckModel().clearChecks();
                for (Choice c : choices) {
                    if (codes.contains(c.code())) {
                        list.getCheckModel().check(c);
                    }
                }
            } finally {
                syncing[0] = false;
            }
        };
        codes.addListener((ListChangeListener<String>) ch -> toList.run());
        choices.addListener((ListChangeListener<Choice>) ch -> toList.run());
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) ch -> {
            if (!syncing[0]) {
                List<String> checked = list.getCheckModel().getCheckedItems().stream().map(Choice::code).toList();
                codes.setAll(checked);
            }
        });
    }
}
