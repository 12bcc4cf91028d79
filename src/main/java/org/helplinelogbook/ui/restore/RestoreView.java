package org.helplinelogbook.ui.restore;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.ShownPaths;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;

/** Binds the restore form. The password and recovery key fields are wiped after each attempt and on close. */
public final class RestoreView {

    private final RestoreViewModel vm;
    private final Runnable onClose;
    private final Parent root;

    @FXML private VBox inputsBox;
    @FXML private TextField backupField;
    @FXML private Button chooseBackupButton;
    @FXML private TextField folderField;
    @FXML private Button chooseFolderButton;
    @FXML private RadioButton passwordRadio;
    @FXML private RadioButton keyRadio;
    @FXML private GridPane passwordGrid;
    @FXML private TextField restoreUsernameField;
    @FXML private PasswordField restorePasswordField;
    @FXML private VBox keyBox;
    @FXML private TextField keyField;
    @FXML private ProgressBar progressBar;
    @FXML private Label restoreMessageLabel;
    @FXML private VBox countsBox;
    @FXML private Button closeButton;
    @FXML private Button startRestoreButton;
    @FXML private Button openButton;
    @FXML private Label openHintLabel;

    public RestoreView(RestoreViewModel vm, Runnable onClose) {
        this.vm = vm;
        this.onClose = onClose;
        this.root = ViewLoader.load(this, "restore.css");
    }

    public Parent root() {
        return root;
    }

    public RestoreViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        // shortened from the front when long (the file's and the folder's own names stay), the whole in a tooltip
        ShownPaths.show(backupField, Bindings.createStringBinding(
                () -> vm.backupFileProperty().get() == null ? "" : vm.backupFileProperty().get().toString(),
                vm.backupFileProperty()));
        ShownPaths.show(folderField, Bindings.createStringBinding(
                () -> vm.targetFolderProperty().get() == null ? "" : vm.targetFolderProperty().get().toString(),
                vm.targetFolderProperty()));
        backupField.setPromptText(Messages.get("backup.restore.noneChosen"));
        folderField.setPromptText(Messages.get("backup.restore.noneChosen"));
        restoreUsernameField.textProperty().bindBidirectional(vm.usernameProperty());
        ToggleGroup how = new ToggleGroup();
        passwordRadio.setToggleGroup(how);
        keyRadio.setToggleGroup(how);
        passwordRadio.setSelected(!vm.useRecoveryKeyProperty().get());
        keyRadio.selectedProperty().bindBidirectional(vm.useRecoveryKeyProperty());
        StatusLines.shownWhen(passwordGrid, vm.useRecoveryKeyProperty().not());
        StatusLines.shownWhen(keyBox, vm.useRecoveryKeyProperty());
        inputsBox.disableProperty().bind(vm.status().busyProperty());
        StatusLines.shownWhen(inputsBox, vm.doneProperty().not()); // the result replaces the form
        progressBar.progressProperty().bind(vm.progressProperty());
        StatusLines.shownWhen(progressBar, vm.status().busyProperty().or(vm.doneProperty()));
        StatusLines.messageLine(restoreMessageLabel, vm.status());
        startRestoreButton.disableProperty().bind(vm.status().busyProperty());
        StatusLines.shownWhen(startRestoreButton, vm.doneProperty().not());
        StatusLines.shownWhen(openButton, vm.doneProperty());
        StatusLines.shownWhen(openHintLabel, vm.doneProperty());
        closeButton.disableProperty().bind(vm.status().busyProperty());
        vm.counts().addListener((ListChangeListener<String>) c -> showCounts());
        showCounts();
        vm.doneProperty().addListener((o, was, done) -> {
            if (done) {
                Platform.runLater(openButton::requestFocus);
            }
        });
        vm.useRecoveryKeyProperty().addListener((o, was, key) -> {
            restorePasswordField.clear();
            keyField.clear();
        });
    }

    private void showCounts() {
        countsBox.getChildren().setAll(vm.counts().stream().map(text -> {
            Label label = new Label(text);
            label.getStyleClass().add("count-line");
            return label;
        }).toList());
        countsBox.setVisible(!vm.counts().isEmpty());
        countsBox.setManaged(!vm.counts().isEmpty());
    }

    /** Focuses the first thing still to do. */
    public void focusFirst() {
        Platform.runLater(() -> (vm.backupFileProperty().get() == null ? chooseBackupButton
                : vm.targetFolderProperty().get() == null ? chooseFolderButton
                : restoreUsernameField.getText().isBlank() ? restoreUsernameField : restorePasswordField).requestFocus());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void chooseBackup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("backup.restore.chooseBackupTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("backup.restore.fileType"), "*" + Backups.SUFFIX));
        Path current = vm.backupFileProperty().get();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            vm.chooseBackup(file.toPath());
        }
    }

    @FXML
    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("backup.restore.chooseFolderTitle"));
        File folder = chooser.showDialog(window());
        if (folder != null) {
            vm.chooseFolder(folder.toPath());
        }
    }

    @FXML
    private void restore() {
        char[] secret = (vm.useRecoveryKeyProperty().get() ? keyField.getText() : restorePasswordField.getText()).toCharArray();
        restorePasswordField.clear();
        keyField.clear();
        vm.restore(secret);
    }

    @FXML
    private void openRestored() {
        dispose();
        onClose.run();
        vm.openRestored();
    }

    @FXML
    private void close() {
        if (vm.status().busyProperty().get()) {
            return;
        }
        dispose();
        onClose.run();
    }

    /** Wipes the password and recovery key fields. */
    public void dispose() {
        restorePasswordField.clear();
        keyField.clear();
    }
}
