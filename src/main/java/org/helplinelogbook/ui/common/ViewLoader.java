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
