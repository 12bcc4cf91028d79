package org.helplinelogbook.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;

/** The logbook file section of the settings page: how big the file is, and "Tidy the file and sign out". */
final class LogbookFileView {

    private final LogbookFileViewModel file;
    private final Node root;

    @FXML private Label fileSizeLabel;
    @FXML private Button tidyButton;

    LogbookFileView(LogbookFileViewModel file) {
        this.file = file;
        this.root = ViewLoader.load(this);
        file.load();
    }

    Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        fileSizeLabel.textProperty().bind(file.sizeProperty());
        StatusLines.shownWhen(tidyButton, file.canTidyProperty());
    }

    @FXML
    private void tidy() {
        file.tidy();
    }
}
