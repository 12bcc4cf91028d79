package org.helplinelogbook.ui.contactform;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.contactform.ContactFormViewModel.CheckItem;
import org.helplinelogbook.ui.common.Choice;

/** Keyboard behaviour of the form's lists: number keys, Space to toggle or pick, type to filter or jump. */
final class ListKeys {

    private ListKeys() {}

    /** Keeps a focused row whenever the list has focus, so Space always has something to act on. */
    static void focusFirstRowOnEntry(ListView<?> list) {
        list.focusedProperty().addListener((o, was, is) -> {
            if (is && list.getFocusModel().getFocusedIndex() < 0 && !list.getItems().isEmpty()) {
                int selected = list.getSelectionModel().getSelectedIndex();
                list.getFocusModel().focus(Math.max(selected, 0));
            }
        });
    }

    /** Digits pick the choice whose key they are; Space or Enter picks the focused row. */
    static void numberKeysPick(ListView<Choice> list, Consumer<Choice> pick) {
        focusFirstRowOnEntry(list);
        list.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            for (Choice c : list.getItems()) {
                if (!c.key().isEmpty() && c.key().equals(typed)) {
                    pick.accept(c);
                    list.scrollTo(c);
                    e.consume();
                    return;
                }
            }
        });
        pickFocusedOnSpace(list, pick);
    }

    /** Space or Enter picks the focused row; letters jump to the next label that starts with them. */
    static void typeToJump(ListView<Choice> list, Consumer<Choice> pick) {
        focusFirstRowOnEntry(list);
        pickFocusedOnSpace(list, pick);
        list.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter().toLowerCase(Locale.UK);
            if (typed.isBlank() || !Character.isLetterOrDigit(typed.charAt(0)) || e.isControlDown() || e.isAltDown()) {
                return;
            }
            int n = list.getItems().size();
            int from = Math.max(list.getFocusModel().getFocusedIndex(), 0);
            for (int step = 1; step <= n; step++) {
                int i = (from + step) % n;
                if (list.getItems().get(i).label().toLowerCase(Locale.UK).startsWith(typed)) {
                    list.getFocusModel().focus(i);
                    list.scrollTo(i);
                    e.consume();
                    return;
                }
            }
        });
    }

    private static void pickFocusedOnSpace(ListView<Choice> list, Consumer<Choice> pick) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) && !e.isControlDown()) {
                Choice focused = list.getFocusModel().getFocusedItem();
                if (focused != null) {
                    pick.accept(focused);
                    e.consume();
                }
            }
        });
    }

    /**
     * Space toggles the focused row; letters narrow the list (shown in {@code hint}); Backspace widens it again
     * and Escape clears the filter.
     */
    static void checkListKeys(ListView<CheckItem> list, FilteredList<CheckItem> filtered, Label hint) {
        focusFirstRowOnEntry(list);
        StringBuilder filter = new StringBuilder();
        Runnable apply = () -> {
            String needle = filter.toString().toLowerCase(Locale.UK);
            filtered.setPredicate(needle.isEmpty() ? null : i -> i.label().toLowerCase(Locale.UK).contains(needle));
            hint.setText(needle.isEmpty() ? Messages.get("form.list.hint") : Messages.get("form.list.filter", filter));
            if (!list.getItems().isEmpty()) {
                list.getFocusModel().focus(0);
                list.scrollTo(0);
            }
        };
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !e.isControlDown()) {
                CheckItem focused = list.getFocusModel().getFocusedItem();
                if (focused != null) {
                    focused.toggle();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && filter.length() > 0) {
                filter.setLength(filter.length() - 1);
                apply.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && filter.length() > 0) {
                filter.setLength(0);
                apply.run();
                e.consume();
            }
        });
        list.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (typed.isEmpty() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                    || !(Character.isLetterOrDigit(typed.charAt(0)) || (typed.equals(" ") && filter.length() > 0))) {
                return;
            }
            if (typed.equals(" ")) {
                return;
            }
            filter.append(typed);
            apply.run();
            e.consume();
        });
        list.focusedProperty().addListener((o, was, is) -> {
            if (!is && filter.length() > 0) {
                filter.setLength(0);
                apply.run();
            }
        });
    }
}
