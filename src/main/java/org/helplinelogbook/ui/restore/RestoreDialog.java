package org.helplinelogbook.ui.restore;

import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.Theme;

/**
 * The restore form in its own small window over the main one. It cannot be closed while a restore runs, so a
 * restore is never left half-way by a click; its secret fields are wiped whenever it closes.
 */
public final class RestoreDialog {

    private final Stage stage = new Stage();
    private final RestoreView view;

    /** @param vm the restore form's view model, from {@code AppShell} (pre-filled with a backup when given one) */
    public RestoreDialog(Window owner, RestoreViewModel vm) {
        view = new RestoreView(vm, stage::close);
        ScrollPane scroll = new ScrollPane(view.root()); // room at large font scales instead of clipping
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Scene scene = new Scene(scroll, 700, 560);
        Theme.style(scene);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("backup.restore.title"));
        stage.setMinWidth(560);
        stage.setMinHeight(480);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.status().busyProperty().get()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> view.dispose());
    }

    public void show() {
        stage.show();
        view.focusFirst();
    }

    public Stage stage() {
        return stage;
    }

    public RestoreView view() {
        return view;
    }
}
