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
     * Loads the FXML beside a view whose FXML has no {@code fx:controller} (the view itself is the controller),
     * then adds the given stylesheets, each found beside the view class.
     */
    public static <N extends Parent> N loadWithController(Object view, String... stylesheets) {
        Class<?> type = view.getClass();
        FXMLLoader loader = new FXMLLoader(type.getResource(type.getSimpleName() + ".fxml"), Messages.bundle());
        loader.setController(view);
        N root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the FXML of " + type.getName(), e);
        }
        for (String stylesheet : stylesheets) {
            root.getStylesheets().add(type.getResource(stylesheet).toExternalForm());
        }
        EnGbDates.applyAll(root);
        WholeTexts.applyAll(root);
        return root;
    }

    /** A manager window: {@link #loadWithController} plus the layout the manager windows share. */
    public static <N extends Parent> N loadManagerWindow(Object view, String stylesheet) {
        N root = loadWithController(view, stylesheet);
        root.getStylesheets().add(0, ViewLoader.class.getResource("manager-window.css").toExternalForm());
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
            N root = loader.load();
            EnGbDates.applyAll(root);
            WholeTexts.applyAll(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
