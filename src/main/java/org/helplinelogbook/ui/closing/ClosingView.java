package org.helplinelogbook.ui.closing;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.helplinelogbook.ui.common.Theme;
import org.helplinelogbook.ui.common.ViewLoader;

/** "Closing — keeping your work safe…", and what went wrong if the draft or the backup failed. */
public final class ClosingView {

    private final ClosingViewModel vm;
    private final Parent root;

    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;
    @FXML private Label problemsLabel;
    @FXML private Button closeButton;

    public ClosingView(ClosingViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this);
        root.getStylesheets().add(Theme.besides(ClosingView.class, "closing.css"));
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        progress.visibleProperty().bind(vm.waitingProperty());
        progress.managedProperty().bind(vm.waitingProperty());
        statusLabel.visibleProperty().bind(vm.waitingProperty());
        statusLabel.managedProperty().bind(vm.waitingProperty());
        problemsLabel.textProperty().bind(vm.problemsProperty());
        problemsLabel.visibleProperty().bind(vm.problemsProperty().isNotEmpty());
        problemsLabel.managedProperty().bind(vm.problemsProperty().isNotEmpty());
        closeButton.visibleProperty().bind(vm.problemsProperty().isNotEmpty());
        closeButton.managedProperty().bind(vm.problemsProperty().isNotEmpty());
        vm.problemsProperty().addListener((o, a, text) -> {
            if (!text.isEmpty()) {
                closeButton.requestFocus();
            }
        });
    }

    @FXML
    private void close() {
        vm.closeNow();
    }
}
