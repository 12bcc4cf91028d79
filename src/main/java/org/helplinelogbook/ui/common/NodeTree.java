package org.helplinelogbook.ui.common;

import javafx.scene.Node;

/** Where a node stands in the scene graph: whether the focus is in a part of a window. */
public final class NodeTree {

    private NodeTree() {}

    /** Whether {@code node} is {@code ancestor} or lies inside it. */
    public static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
