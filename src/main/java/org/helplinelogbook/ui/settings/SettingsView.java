package org.helplinelogbook.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.ui.common.ViewLoader;

/**
 * The settings page: binds the logbook's settings, and puts in their places the backup section and the logbook file
 * section, each a view of its own with a view model of its own ({@link BackupSettingsView}, {@link LogbookFileView}).
 */
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
    @FXML private VBox backupHolder;
    @FXML private VBox fileHolder;

    /**
     * @param onRestore opens "Restore a backup into a new folder…"
     */
    public SettingsView(SettingsViewModel vm, BackupSettingsViewModel backups, LogbookFileViewModel file,
            Runnable onRestore) {
        this.vm = vm;
        this.root = ViewLoader.load(this, "settings.css");
        backupHolder.getChildren().setAll(new BackupSettingsView(backups, onRestore).root());
        fileHolder.getChildren().setAll(new LogbookFileView(file).root());
        vm.load();
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
    }

    @FXML
    private void save() {
        vm.save();
    }
}
