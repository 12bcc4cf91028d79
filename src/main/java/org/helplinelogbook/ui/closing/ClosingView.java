package org.helplinelogbook.ui.closing;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;

/** "Closing…" or "Tidying…" while it works, then how it ended (a problem in yellow) and the button. */
public final class ClosingView {

    private final ClosingViewModel vm;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Label statusLabel;
    @FXML private Label outcomeLabel;
    @FXML private Button closeButton;

    public ClosingView(ClosingViewModel vm) {
        this.vm = vm;
        this.root = ViewLoader.load(this, "closing.css");
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        titleLabel.setText(vm.texts().title());
        statusLabel.setText(vm.texts().working());
        closeButton.setText(vm.texts().button());
        StatusLines.shownWhen(progress, vm.waitingProperty());
        StatusLines.shownWhen(statusLabel, vm.waitingProperty());
        outcomeLabel.textProperty().bind(vm.outcomeProperty());
        StatusLines.shownWhen(outcomeLabel, vm.outcomeProperty().isNotEmpty());
        StatusLines.shownWhen(closeButton, vm.outcomeProperty().isNotEmpty());
        vm.outcomeProperty().addListener((o, a, text) -> {
            outcomeLabel.getStyleClass().removeAll("closing-problems", "closing-done");
            outcomeLabel.getStyleClass().add(vm.problemProperty().get() ? "closing-problems" : "closing-done");
            if (!text.isEmpty()) {
                closeButton.requestFocus();
            }
        });
    }

    @FXML
    private void close() {
        vm.goOn();
    }
}
