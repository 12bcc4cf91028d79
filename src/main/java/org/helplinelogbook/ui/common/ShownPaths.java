package org.helplinelogbook.ui.common;

import java.util.regex.Pattern;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

/**
 * Paths as people read them. A long folder path is shortened from the front ("…/Documents/Helpline
 * Logbook/backups"): the end names the place, while the front is the same on every path of the machine and a field
 * cut at its end would hide the very folder it shows. The full path stays in the tooltip.
 */
public final class ShownPaths {

    /** About the width of the settings' folder field at 1024×600 in the default font. */
    public static final int MAX_CHARS = 48;
    private static final Pattern SEPARATOR = Pattern.compile("[/\\\\]");
    private static final String ELLIPSIS = "\u2026";

    private ShownPaths() {}

    /**
     * {@code path} as it is when at most {@code max} characters, else "…" and as many of its last parts as fit
     * (always the last one).
     */
    public static String shorten(String path, int max) {
        if (path == null || path.length() <= max) {
            return path;
        }
        String separator = path.contains("\\") && !path.contains("/") ? "\\" : "/";
        String[] parts = SEPARATOR.split(path);
        StringBuilder tail = new StringBuilder(parts[parts.length - 1]);
        for (int i = parts.length - 2; i >= 0; i--) {
            int length = ELLIPSIS.length() + 2 * separator.length() + parts[i].length() + tail.length();
            if (parts[i].isEmpty() || length > max) {
                break;
            }
            tail.insert(0, parts[i] + separator);
        }
        return ELLIPSIS + separator + tail;
    }

    /** Shows {@code path} in a read-only field, shortened to {@link #MAX_CHARS}, the full path in its tooltip. */
    public static void show(TextInputControl field, ObservableStringValue path) {
        Tooltip full = new Tooltip();
        Runnable update = () -> {
            String value = path.get();
            field.setText(shorten(value, MAX_CHARS));
            full.setText(value);
            field.setTooltip(value == null || value.isEmpty() ? null : full);
        };
        path.addListener((o, was, now) -> update.run());
        // held by the field: a binding made for this call is otherwise only weakly held by what it observes
        field.getProperties().put(ShownPaths.class, path);
        update.run();
    }
}
