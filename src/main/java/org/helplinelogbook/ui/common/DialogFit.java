package org.helplinelogbook.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;

/**
 * Question and message dialogs show their whole text and whole button labels at every screen size and text size:
 * JavaFX sizes a dialog once, and on Linux an alert's question was cut to "Clearing…" and "Keep editing" to
 * "Keep edit…". The dialog grows to its text instead.
 */
public final class DialogFit {

    private DialogFit() {}

    public static <D extends Dialog<?>> D apply(D dialog) {
        DialogPane pane = dialog.getDialogPane();
        pane.setMinHeight(Region.USE_PREF_SIZE); // the whole question, however many lines it wraps to
        WholeTexts.applyAllWithLabels(pane);
        // Measured once more when on show, with the styles (and text size) of its own window applied.
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            if (pane.getScene() != null && pane.getScene().getWindow() != null) {
                pane.getScene().getWindow().sizeToScene();
            }
        });
        pane.getButtonTypes().forEach(type -> {
            var button = pane.lookupButton(type);
            if (button instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
                // Each button as wide as its own text: the bar's one size for all was measured before the default
                // button's bold text and cut it ("Keep edit…").
                ButtonBar.setButtonUniformSize(r, false);
            }
        });
        return dialog;
    }
}
