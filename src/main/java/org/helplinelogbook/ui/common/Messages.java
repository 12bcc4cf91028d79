package org.helplinelogbook.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The app's en-GB texts ({@code org/helplinelogbook/ui/messages.properties}): the one way views and view models get
 * a text, {@link #get}; FXML gets the same bundle through {@link ViewLoader}.
 */
public final class Messages {

    public static final Locale LOCALE = Locale.UK;
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.helplinelogbook.ui.messages", LOCALE);

    private Messages() {}

    /** The bundle itself, for {@link ViewLoader} to hand FXML ({@code %key}); code uses {@link #get}. */
    static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** Whether there is a text for {@code key} (for keys made from a code, such as an audit action's). */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(args);
    }
}
