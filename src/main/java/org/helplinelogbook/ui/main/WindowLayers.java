package org.helplinelogbook.ui.main;

import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

/**
 * The window's root while the sign-in screen is on show: the sign-in screen on top and, once Sign in has been
 * pressed, the main window built hidden beneath it ({@link PreparedMainWindow}). A screen reader is told of the
 * visible layers only, so the hidden window is not read out or walked through.
 */
public final class WindowLayers extends StackPane {

    public WindowLayers(Parent top) {
        super(top);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.CHILDREN) {
            return getChildren().filtered(Node::isVisible);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
