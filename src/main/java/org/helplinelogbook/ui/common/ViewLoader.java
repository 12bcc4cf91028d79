package org.helplinelogbook.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML that sits beside a view class ({@code XView.fxml} next to {@code XView.java}) with the en-GB
 * message bundle. The controller factory hands FXML the view instance the composition root already built, so
 * views get their view models through plain constructors.
 */
public final class ViewLoader {

    private ViewLoader() {}

    /**
     * Loads a manager window whose FXML has no {@code fx:controller}: the view itself is the controller. Adds the
     * shared manager-window layout and the window's own stylesheet (beside the view class).
     */
    public static <N extends Parent> N loadManagerWindow(Object view, String stylesheet) {
        Class<?> type = view.getClass();
        FXMLLoader loader = new FXMLLoader(type.getResource(type.getSimpleName() + ".fxml"), Messages.bundle());
        loader.setController(view);
        N root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the FXML of " + type.getName(), e);
        }
        root.getStylesheets().addAll(ViewLoader.class.getResource("manager-window.css").toExternalForm(),
                type.getResource(stylesheet).toExternalForm());
        return root;
    }

    public static <N extends Parent> N load(Object view) {
        Class<?> type = view.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, Messages.bundle());
        loader.setControllerFactory(wanted -> {
            if (wanted.isInstance(view)) {
                return view;
            }
            throw new IllegalStateException(wanted.getName() + " is not the controller of " + fxml);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
