package org.helplinelogbook.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

/**
 * Paths in read-only fields: shortened from the front by {@link PathTexts}, the full path in the field's tooltip.
 */
public final class ShownPaths {

    private ShownPaths() {}

    /** Shows {@code path} in a read-only field, shortened to {@link PathTexts#MAX_CHARS}, the full path in its tooltip. */
    public static void show(TextInputControl field, ObservableStringValue path) {
        Tooltip full = new Tooltip();
        Runnable update = () -> {
            String value = path.get();
            field.setText(PathTexts.shorten(value, PathTexts.MAX_CHARS));
            full.setText(value);
            field.setTooltip(value == null || value.isEmpty() ? null : full);
        };
        path.addListener((o, was, now) -> update.run());
        // held by the field: a binding made for this call is otherwise only weakly held by what it observes
        field.getProperties().put(ShownPaths.class, path);
        update.run();
    }
}
