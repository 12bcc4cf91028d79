package org.helplinelogbook.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * AtlantaFX Primer light or dark, following the logbook setting {@code theme}. The user-agent stylesheet is
 * global, so switching applies live to every open window; our own {@code app.css} sits on top of it.
 */
public final class Theme {

    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    private static final String APP_CSS = Objects.requireNonNull(
            Theme.class.getResource("/org/helplinelogbook/ui/app.css")).toExternalForm();

    private static String current = "";

    private Theme() {}

    /** Applies {@code name} ("light" or "dark"; anything else means light). Safe to call repeatedly. */
    public static void apply(String name) {
        String wanted = DARK.equals(name) ? DARK : LIGHT;
        if (wanted.equals(current)) {
            return;
        }
        current = wanted;
        Application.setUserAgentStylesheet(DARK.equals(wanted)
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static String current() {
        return current.isEmpty() ? LIGHT : current;
    }

    /** Adds the shared app stylesheet and a feature stylesheet (beside {@code anchor}) to a scene. */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
    }

    /** The URL of a stylesheet beside a view class, for {@code Parent.getStylesheets()}. */
    public static String besides(Class<?> anchor, String cssFile) {
        return Objects.requireNonNull(anchor.getResource(cssFile), cssFile).toExternalForm();
    }
}
