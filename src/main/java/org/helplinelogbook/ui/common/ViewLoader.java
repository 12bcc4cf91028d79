package org.helplinelogbook.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML that sits beside a view class ({@code XView.fxml} next to {@code XView.java}) with the en-GB
 * message bundle, and the view's stylesheets beside it. The view itself is the FXML's controller (the FXML names no
 * {@code fx:controller}), so views get their view models through plain constructors from {@code AppShell}.
 */
public final class ViewLoader {

    private ViewLoader() {}

    /**
     * Loads the FXML beside {@code view} with {@code view} as its controller, then adds the given stylesheets, each
     * found beside the view class.
     */
    public static <N extends Parent> N load(Object view, String... stylesheets) {
        Class<?> type = view.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, Messages.bundle());
        loader.setController(view);
        N root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the FXML of " + type.getName(), e);
        }
        for (String stylesheet : stylesheets) {
            root.getStylesheets().add(Theme.besides(type, stylesheet));
        }
        EnGbDates.applyAll(root);
        return root;
    }

    /** A manager window: {@link #load} plus the layout the manager windows share. */
    public static <N extends Parent> N loadManagerWindow(Object view, String stylesheet) {
        N root = load(view, stylesheet);
        root.getStylesheets().add(0, ViewLoader.class.getResource("manager-window.css").toExternalForm());
        return root;
    }
}
