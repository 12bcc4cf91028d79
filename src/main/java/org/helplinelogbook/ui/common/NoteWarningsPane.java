package org.helplinelogbook.ui.common;

import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The identifier warnings under a notes field, the same in the new-contact form and the edit form: one row per hit
 * with Show (selects the characters in the notes), Redact and, for a likely identifier, Keep… (asks for a reason,
 * which is never stored). Redact, Keep and Cancel put the focus back in the notes, the caret where the typing was.
 */
public final class NoteWarningsPane extends VBox {

    private final ObservableList<NoteWarnings.Warning> warnings;
    private final TextArea notesArea;
    private final Consumer<NoteWarnings.Warning> redact;
    private final BiPredicate<NoteWarnings.Warning, String> keep;

    public NoteWarningsPane(ObservableList<NoteWarnings.Warning> warnings, TextArea notesArea,
            Consumer<NoteWarnings.Warning> redact, BiPredicate<NoteWarnings.Warning, String> keep) {
        this.warnings = warnings;
        this.notesArea = notesArea;
        this.redact = redact;
        this.keep = keep;
        getStyleClass().add("warnings-box");
        getStylesheets().add(Theme.besides(NoteWarningsPane.class, "note-warnings.css"));
        warnings.addListener((ListChangeListener<NoteWarnings.Warning>) c -> refresh());
        refresh();
    }

    /** Puts the focus on the first warning's Redact (a save was refused for it); false when there is none. */
    public boolean focusFirstRedact() {
        for (Node n : lookupAll(".redact")) { // in the order of the rows
            n.requestFocus();
            return true;
        }
        return false;
    }

    private void refresh() {
        getChildren().clear();
        for (NoteWarnings.Warning w : warnings) {
            getChildren().add(row(w));
        }
    }

    private Node row(NoteWarnings.Warning w) {
        Label text = new Label(Messages.get("form.warning.text", w.kindLabel(), w.excerpt()));
        text.getStyleClass().add("warning-text");
        text.setWrapText(true);
        text.setOnMouseClicked(e -> select(w));
        HBox row = new HBox(text);
        row.getStyleClass().addAll("warning-row", w.high() ? "high" : "low");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        if (w.kept()) {
            Label kept = new Label(Messages.get("form.warning.kept"));
            kept.getStyleClass().add("kept-tag");
            row.getChildren().add(kept);
            return row;
        }
        Button show = new Button(Messages.get("form.warning.show"));
        show.setOnAction(e -> select(w));
        Button redactButton = new Button(Messages.get("form.warning.redact"));
        redactButton.getStyleClass().addAll("accent", "redact");
        redactButton.setAccessibleText(Messages.get("form.warning.redact.accessible", w.kindLabel()));
        redactButton.setOnAction(e -> {
            int caret = notesArea.getCaretPosition();
            int lengthBefore = notesArea.getLength();
            redact.accept(w);
            notesArea.requestFocus();
            notesArea.positionCaret(caretAfterRedaction(caret, lengthBefore, w));
        });
        show.setMinWidth(Region.USE_PREF_SIZE);
        redactButton.setMinWidth(Region.USE_PREF_SIZE);
        row.getChildren().addAll(show, redactButton);
        if (w.high()) {
            Button keepButton = new Button(Messages.get("form.warning.keep"));
            keepButton.setAccessibleText(Messages.get("form.warning.keep.accessible", w.kindLabel()));
            keepButton.setOnAction(e -> askReason(row, w));
            keepButton.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(keepButton);
        }
        return row;
    }

    /**
     * Redacting replaces the notes' text, which would put the caret at the start, and the next words typed would
     * land before everything else. The caret stays where it was: as far from the end as before when it was past
     * the redacted part (the usual case, typing at the end), unmoved when it was before it.
     */
    private int caretAfterRedaction(int caret, int lengthBefore, NoteWarnings.Warning w) {
        int length = notesArea.getLength();
        int at = caret <= w.hit().start() ? caret : length - (lengthBefore - caret);
        return Math.max(0, Math.min(at, length));
    }

    private void select(NoteWarnings.Warning w) {
        int end = Math.min(w.hit().end(), notesArea.getLength());
        notesArea.requestFocus();
        notesArea.selectRange(Math.min(w.hit().start(), end), end);
    }

    private void askReason(HBox row, NoteWarnings.Warning w) {
        TextField reason = new TextField();
        reason.setPromptText(Messages.get("form.warning.reason.prompt"));
        reason.setAccessibleText(Messages.get("form.warning.reason.accessible"));
        reason.getStyleClass().add("reason-field");
        HBox.setHgrow(reason, Priority.SOMETIMES);
        Button confirm = new Button(Messages.get("form.warning.keep.confirm"));
        confirm.disableProperty().bind(reason.textProperty().isEmpty());
        Button cancel = new Button(Messages.get("form.warning.cancel"));
        // After Keep (or Cancel) the row is rebuilt and its buttons are gone: the hands go back to the notes.
        Runnable doKeep = () -> {
            if (keep.test(w, reason.getText())) {
                notesArea.requestFocus();
            }
        };
        confirm.setOnAction(e -> doKeep.run());
        reason.setOnAction(e -> doKeep.run());
        Runnable cancelKeep = () -> {
            refresh();
            notesArea.requestFocus();
        };
        cancel.setOnAction(e -> cancelKeep.run());
        // Esc leaves the reason (and only that: the window's own Esc, e.g. "Clear form", does not see it).
        reason.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelKeep.run();
            }
        });
        row.getChildren().setAll(row.getChildren().get(0), reason, confirm, cancel);
        reason.requestFocus();
    }
}
