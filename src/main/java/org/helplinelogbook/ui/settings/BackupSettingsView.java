package org.helplinelogbook.ui.settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.StatusLines;
import org.helplinelogbook.ui.common.ViewLoader;

/**
 * The backup section of the settings page: where backups go, the newest one, "Back up now" and the way to restore.
 * A view of its own because it has a view model of its own ({@link BackupSettingsViewModel}); the settings page
 * puts it in its place, under the page's stylesheet.
 */
final class BackupSettingsView {

    private final BackupSettingsViewModel backups;
    private final Runnable onRestore;
    private final VBox root;

    @FXML private Label serverBackupIntro;
    @FXML private VBox backupFolderBox;
    @FXML private TextField backupFolderField;
    @FXML private Button chooseBackupFolderButton;
    @FXML private Label newestHeading;
    @FXML private Label newestLabel;
    @FXML private Label keptHint;
    @FXML private Button backUpNowButton;
    @FXML private ProgressIndicator backupProgress;
    @FXML private Label backupStatusLabel;
    @FXML private VBox restoreBox;

    /** @param onRestore opens "Restore a backup into a new folder…" */
    BackupSettingsView(BackupSettingsViewModel backups, Runnable onRestore) {
        this.backups = backups;
        this.onRestore = onRestore;
        this.root = ViewLoader.load(this);
        backups.load();
    }

    Node root() {
        return root;
    }

    @FXML
    private void initialize() {
        backupFolderField.textProperty().bind(backups.folderProperty());
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
}
