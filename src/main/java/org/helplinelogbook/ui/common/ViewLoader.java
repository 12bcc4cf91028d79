package org.helplinelogbook.ui.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML that sits beside a view class ({@code XView.fxml} next to {@code XView.java}) with the en-GB
 * message bundle, and the view's stylesheets beside it. What every view needs is done here, once, after the view's
 * own {@code initialize()}: en-GB date fields ({@link EnGbDates}), texts never cut short ({@link WholeTexts}), and
 * each label tied to its field ({@link FieldLabels}), so no view can forget one. The view itself is the FXML's controller (the FXML names no
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
        WholeTexts.applyAll(root);
        FieldLabels.link(root);
        return root;
    }

    /** An event handler named in FXML ({@code onAction="#save"}): a stand-in has no controller to call. */
    private static final Pattern HANDLER = Pattern.compile("\\s+on[A-Z]\\w*=\"#[^\"]*\"");

    /**
     * A stand-in of a view: the same FXML, texts and stylesheets as {@link #load} gives, with no controller (its
     * event handlers left out), for warming up the code that lays out and styles the view (issue 17: the main
     * window's first build in a fresh process). Never shown; nothing in it does anything.
     */
    public static StandIn loadStandIn(Class<?> viewClass, String... stylesheets) {
        URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML beside " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, Messages.bundle());
        Parent root;
        try (InputStream in = fxml.openStream()) {
            String text = HANDLER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
            root = loader.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the FXML of " + viewClass.getName(), e);
        }
        for (String stylesheet : stylesheets) {
            root.getStylesheets().add(Theme.besides(viewClass, stylesheet));
        }
        EnGbDates.applyAll(root);
        WholeTexts.applyAll(root);
        return new StandIn(root, loader.getNamespace());
    }

    /** A stand-in's root and its nodes by {@code fx:id} (a lookup would not see into a scroll pane before layout). */
    public record StandIn(Parent root, Map<String, Object> byId) {

        @SuppressWarnings("unchecked")
        public <T> T node(String fxId) {
            return (T) Objects.requireNonNull(byId.get(fxId), fxId);
        }
    }

    /** A manager window: {@link #load} plus the layout the manager windows share. */
    public static <N extends Parent> N loadManagerWindow(Object view, String stylesheet) {
        N root = load(view, stylesheet);
        root.getStylesheets().add(0, ViewLoader.class.getResource("manager-window.css").toExternalForm());
        return root;
    }
}
