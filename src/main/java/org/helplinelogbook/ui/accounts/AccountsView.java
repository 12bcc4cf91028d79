package org.helplinelogbook.ui.accounts;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.ui.common.LabelConverter;
import org.helplinelogbook.ui.common.ManagerWindow;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.StatusLines;

/** Staff accounts window: the list, the add form, and the one-time password after a reset. */
public final class AccountsView extends ManagerWindow<AccountsViewModel, StaffAccount> {

    @FXML private Button disableButton;
    @FXML private Button resetButton;
    @FXML private TextField usernameField;
    @FXML private ComboBox<Role> roleBox;
    @FXML private PasswordField passwordField;
    @FXML private PasswordField repeatField;
    @FXML private Button addButton;
    @FXML private VBox oneTimeBox;
    @FXML private Label oneTimeIntro;
    @FXML private TextField oneTimeField;
    @FXML private Button copyButton;

    public AccountsView(AccountsViewModel model) {
        super(model, model.status(), "accounts.css");
        model.load();
    }

    @FXML
    private void initialize() {
        showRows(model.accounts(), "accounts.empty", Order.SORTABLE, List.of(
                textColumn("accounts.column.username", StaffAccount::username, 17),
                textColumn("accounts.column.role", a -> model.roleLabel(a.role()), 12),
                textColumn("accounts.column.status", model::statusLabel, 20)));
        var selected = table().getSelectionModel().selectedItemProperty();
        disableButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().active() || model.isSelf(selected.get()), selected)
                .or(model.status().busyProperty()));
        resetButton.disableProperty().bind(selected.isNull().or(model.status().busyProperty()));

        usernameField.textProperty().bindBidirectional(model.usernameProperty());
        roleBox.getItems().setAll(Role.WORKER, Role.MANAGER);
        roleBox.setConverter(new LabelConverter<>(model::roleLabel));
        roleBox.valueProperty().bindBidirectional(model.roleProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        repeatField.textProperty().bindBidirectional(model.repeatProperty());
        addButton.disableProperty().bind(model.status().busyProperty());

        oneTimeField.textProperty().bind(model.oneTimePasswordProperty());
        oneTimeIntro.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("accounts.oneTime.intro", model.oneTimeForProperty().get()),
                model.oneTimeForProperty()));
        StatusLines.shownWhen(oneTimeBox, model.oneTimePasswordProperty().isNotEmpty());
        model.oneTimePasswordProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                copyButton.requestFocus();
            }
        });
        // Enter in any field of the add form adds the account (a default button would catch Enter window-wide).
        usernameField.setOnAction(e -> onAdd());
        passwordField.setOnAction(e -> onAdd());
        repeatField.setOnAction(e -> onAdd());
        // After adding, the hands go to the list just changed, on the new account's row (not to Lock).
        model.lastAddedProperty().addListener((o, a, name) -> {
            for (int i = 0; i < table().getItems().size(); i++) {
                if (table().getItems().get(i).username().equals(name)) {
                    table().getSelectionModel().select(i);
                    table().scrollTo(i);
                    break;
                }
            }
            table().requestFocus();
        });
    }

    @FXML
    private void onAdd() {
        model.add();
    }

    @FXML
    private void onDisable() {
        StaffAccount account = pickedRow();
        if (account != null && confirm(Messages.get("accounts.disable.title"), model.disableQuestion(account),
                Messages.get("accounts.disable.confirm"))) {
            model.disable(account);
        }
    }

    @FXML
    private void onReset() {
        StaffAccount account = pickedRow();
        if (account != null && confirm(Messages.get("accounts.reset.title"), model.resetQuestion(account),
                Messages.get("accounts.reset.confirm"))) {
            model.reset(account);
        }
    }

    /** Resets without asking; for tests, which cannot answer a nested confirmation dialog reliably. */
    void resetSelectedWithoutConfirmation() {
        model.reset(pickedRow());
    }

    @FXML
    private void onCopy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.oneTimePasswordProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
        copyButton.setText(Messages.get("accounts.oneTime.copied"));
    }

    @FXML
    private void onDone() {
        // Clear the clipboard too if it still holds the one-time password.
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (model.oneTimePasswordProperty().get().equals(clipboard.getString())) {
            clipboard.clear();
        }
        model.dismissOneTimePassword();
        copyButton.setText(Messages.get("accounts.oneTime.copy"));
        table().requestFocus();
    }

    private boolean confirm(String title, String question, String action) {
        return confirm(title, question, action, Messages.get("accounts.cancel"));
    }
}
