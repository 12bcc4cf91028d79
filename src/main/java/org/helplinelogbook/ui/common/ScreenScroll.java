package org.helplinelogbook.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * A whole-window screen (first-run setup, sign-in, lock) that fills the window when there is room and scrolls when
 * there is not (a 1024×600 laptop at 200 % text), instead of pushing its buttons off the bottom. Whatever gets the
 * keyboard focus is scrolled into view, so Tab always shows where the hands are.
 */
public final class ScreenScroll {

    private ScreenScroll() {}

    public static ScrollPane wrap(Parent screen) {
        ScrollPane scroll = new ScrollPane(screen);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setFocusTraversable(false); // Tab goes from field to field, never to the scrolling area itself
        scroll.getStyleClass().addAll("screen-scroll", "edge-to-edge");
        scroll.setStyle("-fx-background-color: transparent; -fx-padding: 0; -fx-background-insets: 0;");
        ChangeListener<Node> follow = (o, was, now) -> reveal(scroll, now);
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
        return scroll;
    }

    /**
     * Scrolls {@code scroll} just enough to show {@code focused}, when it is inside; for a scrolling part of a window
     * too (the contact form's fields), not only a whole screen.
     */
    public static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !NodeTree.isInside(focused, content)) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        Bounds b = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double top = scroll.getVvalue() * (contentHeight - viewHeight);
        if (b.getMinY() < top) {
            scroll.setVvalue(b.getMinY() / (contentHeight - viewHeight));
        } else if (b.getMaxY() > top + viewHeight) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() - viewHeight) / (contentHeight - viewHeight)));
        }
    }
}
