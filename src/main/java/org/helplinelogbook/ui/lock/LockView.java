package org.helplinelogbook.ui.lock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.ViewLoader;
import org.helplinelogbook.ui.common.PasswordFields;

/** "Locked — sign in to continue". Nothing of the logbook is on screen while locked. */
public final class LockView {

    private final LockViewModel vm;
    private final Runnable switchUser;
    private final Parent root;

    @FXML private Label passwordLabel;
    @FXML private PasswordField passwordField;
    @FXML private Button unlockButton;
    @FXML private Label messageLabel;
    @FXML private ProgressBar busyBar;
    @FXML private Label noticeLabel;
    @FXML private Hyperlink switchUserLink;

    public LockView(LockViewModel vm, Runnable switchUser) {
        this.vm = vm;
        this.switchUser = switchUser;
        this.root = ViewLoader.load(this, "lock.css");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        passwordLabel.setText(Messages.get("lock.password", vm.username()));
        passwordLabel.setLabelFor(passwordField);
        passwordField.disableProperty().bind(vm.busyProperty());
        unlockButton.disableProperty().bind(vm.busyProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        busyBar.visibleProperty().bind(vm.busyProperty());
        busyBar.managedProperty().bind(vm.busyProperty());
        messageLabel.managedProperty().bind(vm.messageProperty().isNotEmpty());
        noticeLabel.textProperty().bind(vm.noticeProperty());
        noticeLabel.managedProperty().bind(vm.noticeProperty().isNotEmpty());
        noticeLabel.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        vm.busyProperty().addListener((o, a, busy) -> {
            if (!busy) {
                Platform.runLater(passwordField::requestFocus);
            }
        });
        Platform.runLater(passwordField::requestFocus);
    }

    @FXML
    private void unlock() {
        char[] password = PasswordFields.take(passwordField);
        vm.unlock(password);
    }

    @FXML
    private void onSwitchUser() {
        dispose();
        switchUser.run();
    }

    public void dispose() {
        passwordField.clear();
    }
}
