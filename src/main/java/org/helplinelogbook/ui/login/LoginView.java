package org.helplinelogbook.ui.login;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import org.helplinelogbook.ui.common.BusyBar;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.PasswordFields;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;

/** Binds the sign-in card. Password fields are cleared after each attempt and when the view goes away. */
public final class LoginView {

    private final LoginViewModel vm;
    private final Parent root;
    private final Timeline countdown = new Timeline(new KeyFrame(Duration.millis(250), e -> vm().tick()));

    @FXML private VBox signInBox;
    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private VBox deskPasswordBox;
    @FXML private PasswordField deskPasswordField;
    @FXML private Button signInButton;
    @FXML private VBox changeBox;
    @FXML private PasswordField newPasswordField;
    @FXML private PasswordField confirmPasswordField;
    @FXML private Label messageLabel;
    @FXML private BusyBar busyBar;
    @FXML private Button restoreNewestButton;
    @FXML private Hyperlink restoreLink;
    private final Consumer<Path> onRestore;

    public LoginView(LoginViewModel vm) {
        this(vm, backup -> { });
    }

    /** {@code onRestore} opens the restore window, pre-filled with the given backup (or none, when null). */
    public LoginView(LoginViewModel vm, Consumer<Path> onRestore) {
        this.vm = vm;
        this.onRestore = onRestore;
        this.root = ViewLoader.load(this, "login.css");
        countdown.setCycleCount(Animation.INDEFINITE);
        countdown.play();
    }

    private LoginViewModel vm() {
        return vm;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        usernameField.textProperty().bindBidirectional(vm.usernameProperty());
        usernameField.disableProperty().bind(vm.inputsDisabledBinding());
        passwordField.disableProperty().bind(vm.inputsDisabledBinding());
        signInButton.disableProperty().bind(vm.inputsDisabledBinding());
        // A shared logbook's desk with no database password kept (or one the server refused) asks for it here.
        deskPasswordField.disableProperty().bind(vm.inputsDisabledBinding());
        StatusLines.shownWhen(deskPasswordBox, vm.needsDeskPasswordProperty());
        StatusLines.messageLine(messageLabel, vm.status());
        // Signing in takes a moment (the key derivation alone is ~0.3 s): a moving bar shows it is under way.
        StatusLines.busyBar(busyBar, vm.status());
        StatusLines.shownWhen(restoreNewestButton, vm.damagedProperty());
        restoreNewestButton.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get(vm.newestBackupProperty().get() == null
                        ? "backup.login.restoreChoose" : "backup.login.restoreNewest"), vm.newestBackupProperty()));
        StatusLines.shownWhen(restoreLink, vm.changingPasswordProperty().not().and(vm.damagedProperty().not())
                .and(Bindings.createBooleanBinding(vm::restoreOffered)));
        StatusLines.shownWhen(signInBox, vm.changingPasswordProperty().not());
        StatusLines.shownWhen(changeBox, vm.changingPasswordProperty());
        vm.changingPasswordProperty().addListener((o, a, changing) -> {
            if (changing) {
                Platform.runLater(newPasswordField::requestFocus);
            }
        });
        vm.inputsDisabledBinding().addListener((o, was, disabled) -> {
            if (!disabled && !vm.changingPasswordProperty().get()) {
                Platform.runLater(() -> (usernameField.getText().isBlank() ? usernameField : passwordField).requestFocus());
            }
        });
        Platform.runLater(usernameField::requestFocus);
    }

    @FXML
    private void signIn() {
        char[] password = PasswordFields.take(passwordField);
        vm.signIn(password, vm.needsDeskPasswordProperty().get() ? PasswordFields.take(deskPasswordField) : null);
    }

    @FXML
    private void changePassword() {
        char[] password = PasswordFields.take(newPasswordField);
        char[] confirm = PasswordFields.take(confirmPasswordField);
        vm.changePassword(password, confirm);
    }

    @FXML
    private void restoreNewest() {
        onRestore.accept(vm.newestBackupProperty().get());
    }

    @FXML
    private void restoreAny() {
        onRestore.accept(null);
    }

    /** Wipes the password fields and stops the countdown; called when the window closes or moves on. */
    public void dispose() {
        countdown.stop();
        passwordField.clear();
        deskPasswordField.clear();
        newPasswordField.clear();
        confirmPasswordField.clear();
    }
}
