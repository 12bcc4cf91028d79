package org.helplinelogbook.ui.common;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A screen that takes long to build the first time (the dashboard: its layout, charts and their classes, seconds on
 * a busy computer) is first shown as a busy indicator and "Opening…", and built just after that has been drawn.
 * Built at once on the UI thread, nothing could show before it was done, and the window looked frozen (issue 17).
 */
public final class ShownWhileBuilding {

    private ShownWhileBuilding() {}

    /** A placeholder that shows at once and is replaced by {@code build}'s node once it has been drawn. */
    public static StackPane of(Supplier<Node> build) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        Label text = new Label(Messages.get("main.opening"));
        VBox box = new VBox(12, busy, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("building-placeholder");
        StackPane holder = new StackPane(box);
        holder.getStyleClass().add("shown-while-building");
        holder.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && holder.getChildren().contains(box)) {
                NextFrame.then(scene, () -> holder.getChildren().setAll(build.get()));
            }
        });
        return holder;
    }
}
