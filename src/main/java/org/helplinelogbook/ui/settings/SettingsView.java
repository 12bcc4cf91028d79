package org.helplinelogbook.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.ShownPaths;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;

/** Binds the settings page. */
public final class SettingsView {

    private final SettingsViewModel vm;
    private final Parent root;

    @FXML private Spinner<Integer> autoLockSpinner;
    @FXML private Spinner<Integer> retentionSpinner;
    @FXML private RadioButton lightRadio;
    @FXML private RadioButton darkRadio;
    @FXML private Button saveButton;
    @FXML private TextField organisationField;
    @FXML private Label statusLabel;
    @FXML private Label serverBackupIntro;
    @FXML private VBox backupFolderBox;
    @FXML private Label newestHeading;
    @FXML private Label keptHint;
    @FXML private VBox restoreBox;
    @FXML private TextField backupFolderField;
    @FXML private Button chooseBackupFolderButton;
    @FXML private Label newestLabel;
    @FXML private Button backUpNowButton;
    @FXML private ProgressIndicator backupProgress;
    @FXML private Label backupStatusLabel;
    @FXML private Button restoreButton;
    @FXML private Label fileSizeLabel;
    @FXML private Button tidyButton;
    private final BackupSettingsViewModel backups;
    private final LogbookFileViewModel file;
    private final Runnable onRestore;

    /**
     * @param onRestore opens "Restore a backup into a new folder…"
     */
    public SettingsView(SettingsViewModel vm, BackupSettingsViewModel backups, LogbookFileViewModel file,
            Runnable onRestore) {
        this.vm = vm;
        this.backups = backups;
        this.file = file;
        this.onRestore = onRestore;
        this.root = ViewLoader.load(this, "settings.css");
        vm.load();
        backups.load();
        file.load();
    }

    public BackupSettingsViewModel backups() {
        return backups;
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        var autoLock = new IntegerSpinnerValueFactory(LogbookSettings.AUTO_LOCK_MIN, LogbookSettings.AUTO_LOCK_MAX,
                LogbookSettings.AUTO_LOCK_DEFAULT);
        autoLockSpinner.setValueFactory(autoLock);
        autoLock.valueProperty().addListener((o, a, b) -> vm.autoLockMinutesProperty().set(b));
        vm.autoLockMinutesProperty().addListener((o, a, b) -> autoLock.setValue(b.intValue()));
        var retention = new IntegerSpinnerValueFactory(LogbookSettings.RETENTION_MIN, LogbookSettings.RETENTION_MAX,
                LogbookSettings.RETENTION_DEFAULT);
        retentionSpinner.setValueFactory(retention);
        retention.valueProperty().addListener((o, a, b) -> vm.retentionMonthsProperty().set(b));
        vm.retentionMonthsProperty().addListener((o, a, b) -> retention.setValue(b.intValue()));
        ToggleGroup themes = new ToggleGroup();
        lightRadio.setToggleGroup(themes);
        darkRadio.setToggleGroup(themes);
        lightRadio.setSelected(!vm.darkProperty().get());
        darkRadio.selectedProperty().bindBidirectional(vm.darkProperty());
        vm.darkProperty().addListener((o, a, d) -> lightRadio.setSelected(!d));
        organisationField.textProperty().bindBidirectional(vm.organisationProperty());
        saveButton.disableProperty().bind(vm.status().busyProperty());
        statusLabel.textProperty().bind(vm.status().messageProperty());

        ShownPaths.show(backupFolderField, backups.folderProperty());
        newestLabel.textProperty().bind(backups.newestProperty());
        chooseBackupFolderButton.disableProperty().bind(backups.busyProperty());
        backUpNowButton.disableProperty().bind(backups.busyProperty());
        StatusLines.shownWhen(backupProgress, backups.backingUpProperty());
        StatusLines.oneLine(backupStatusLabel, backups.status());
        // A shared logbook: no backup files on this desk; the server's backup and its age instead.
        boolean server = backups.isShared();
        serverBackupIntro.setVisible(server);
        serverBackupIntro.setManaged(server);
        for (Node fileOnly : new Node[] {backupFolderBox, keptHint, restoreBox}) {
            fileOnly.setVisible(!server);
            fileOnly.setManaged(!server);
        }
        if (server) {
            newestHeading.setText(Messages.get("backup.server.last"));
            backUpNowButton.setText(Messages.get("backup.server.record"));
        }
        fileSizeLabel.textProperty().bind(file.sizeProperty());
        StatusLines.shownWhen(tidyButton, file.canTidyProperty());
    }

    @FXML
    private void chooseBackupFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("backup.settings.chooseFolderTitle"));
        String current = backups.folderProperty().get();
        if (!current.isBlank() && Files.isDirectory(Path.of(current))) {
            chooser.setInitialDirectory(new File(current));
        }
        File chosen = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (chosen != null) {
            backups.chooseFolder(chosen.toPath());
        }
    }

    @FXML
    private void backUpNow() {
        backups.backUpNow();
    }

    @FXML
    private void restore() {
        onRestore.run();
    }

    @FXML
    private void tidy() {
        file.tidy();
    }

    @FXML
    private void save() {
        vm.save();
    }
}
