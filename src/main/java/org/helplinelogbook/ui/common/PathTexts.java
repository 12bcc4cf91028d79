package org.helplinelogbook.ui.common;

import java.util.regex.Pattern;

/**
 * Paths as people read them, as text (display-free, so a view model can word a message with one). A long path is
 * shortened from the front ("…/Documents/Helpline Logbook/backups"): the end names the place, while the front is the
 * same on every path of the machine and a line cut at its end would hide the very folder or file it names. Whoever
 * shows the short path keeps the full one in a tooltip ({@link ShownPaths}).
 */
public final class PathTexts {

    /** About the width of the settings' folder field at 1024×600 in the default font. */
    public static final int MAX_CHARS = 48;
    private static final Pattern SEPARATOR = Pattern.compile("[/\\\\]");
    private static final String ELLIPSIS = "\u2026";

    private PathTexts() {}

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
}
