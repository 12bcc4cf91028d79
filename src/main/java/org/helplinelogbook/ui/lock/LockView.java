package org.helplinelogbook.ui.lock;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.helplinelogbook.ui.common.BusyBar;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.PasswordFields;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;

/** "Locked — sign in to continue". Nothing of the logbook is on screen while locked. */
public final class LockView {

    private final LockViewModel vm;
    private final Runnable switchUser;
    private final Parent root;

    @FXML private Label passwordLabel;
    @FXML private PasswordField passwordField;
    @FXML private Button unlockButton;
    @FXML private Label messageLabel;
    @FXML private BusyBar busyBar;
    @FXML private Label noticeLabel;

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
        passwordField.disableProperty().bind(vm.status().busyProperty());
        unlockButton.disableProperty().bind(vm.status().busyProperty());
        StatusLines.busyBar(busyBar, vm.status());
        StatusLines.messageLine(messageLabel, vm.status());
        noticeLabel.textProperty().bind(vm.noticeProperty());
        StatusLines.shownWhen(noticeLabel, vm.noticeProperty().isNotEmpty());
        vm.status().busyProperty().addListener((o, a, busy) -> {
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
