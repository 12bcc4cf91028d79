package org.helplinelogbook.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.common.ViewLoader;

/** Binds the settings page. */
public final class SettingsView {

    private final SettingsViewModel vm;
    private final Parent root;

    @FXML private Spinner<Integer> autoLockSpinner;
    @FXML private Label autoLockLabel;
    @FXML private Spinner<Integer> retentionSpinner;
    @FXML private Label retentionLabel;
    @FXML private RadioButton lightRadio;
    @FXML private RadioButton darkRadio;
    @FXML private Button saveButton;
    @FXML private Label statusLabel;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
        root.getStylesheets().add(Theme.besides(SettingsView.class, "settings.css"));
        vm.load();
    }

    public Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        autoLockLabel.setLabelFor(autoLockSpinner);
        retentionLabel.setLabelFor(retentionSpinner);
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
        saveButton.disableProperty().bind(vm.busyProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
    }

    @FXML
    private void save() {
        vm.save();
    }
}
