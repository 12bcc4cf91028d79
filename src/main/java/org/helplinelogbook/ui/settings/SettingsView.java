package org.helplinelogbook.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
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

    @FXML private VBox root;
    @FXML private Spinner<Integer> autoLockSpinner;
    @FXML private Spinner<Integer> retentionSpinner;
    @FXML private RadioButton lightRadio;
    @FXML private RadioButton darkRadio;
    @FXML private Button saveButton;
    @FXML private TextField organisationField;
    @FXML private Label statusLabel;
    @FXML private Label newestHeading;
    @FXML private TextField backupFolderField;
    @FXML private Button chooseBackupFolderButton;
    @FXML private Label newestLabel;
    @FXML private Button backUpNowButton;
    @FXML private ProgressIndicator backupProgress;
    @FXML private Label backupStatusLabel;
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
        ViewLoader.load(this, "settings.css");
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
        // A shared logbook: no backup files on this desk; the server's backup and its age instead. Which part is
        // for which kind of logbook is said in the FXML (the style classes file-only and shared-only).
        boolean server = backups.isShared();
        root.lookupAll(".shared-only").forEach(part -> shown(part, server));
        root.lookupAll(".file-only").forEach(part -> shown(part, !server));
        if (server) {
            newestHeading.setText(Messages.get("backup.server.last"));
            backUpNowButton.setText(Messages.get("backup.server.record"));
        }
        fileSizeLabel.textProperty().bind(file.sizeProperty());
        StatusLines.shownWhen(tidyButton, file.canTidyProperty());
    }

    private static void shown(Node part, boolean shown) {
        part.setVisible(shown);
        part.setManaged(shown);
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
