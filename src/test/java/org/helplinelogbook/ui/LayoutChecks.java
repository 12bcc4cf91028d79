package org.helplinelogbook.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;

/**
 * What "works at this size" means for a window or dialog, checked on its laid-out scene graph: every button is
 * on screen whole (or, inside a scrolling area, reachable by scrolling it up or down, never cut at the sides), no
 * button's text is cut short, and no two controls on show overlap. Returns the problems found, each a sentence.
 */
final class LayoutChecks {

    private LayoutChecks() {}

    /** A control on show: its bounds in the scene, cut to the scrolling areas it is in. */
    private record Shown(Node node, Bounds visible, Bounds viewport) {}

    static List<String> problems(Parent root, double width, double height) {
        List<Shown> shown = new ArrayList<>();
        collect(root, new BoundingBox(0, 0, width, height), null, shown);
        List<String> problems = new ArrayList<>();
        for (Shown s : shown) {
            if (s.node() instanceof ButtonBase b) {
                checkButton(b, s, width, height, problems);
            }
            if (s.node() instanceof Labeled l && s.visible().getWidth() > 0 && cutShort(l)) {
                problems.add(describe(l) + " shows its text cut short");
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                Shown a = shown.get(i);
                Shown b = shown.get(j);
                if (overlap(a.visible(), b.visible()) && !mayOverlap(a.node()) && !mayOverlap(b.node())) {
                    problems.add(describe(a.node()) + " overlaps " + describe(b.node()) + ": " + brief(a.visible())
                            + " / " + brief(b.visible()));
                }
            }
        }
        return problems;
    }

    private static void checkButton(ButtonBase b, Shown s, double width, double height, List<String> problems) {
        Bounds whole = b.localToScene(b.getLayoutBounds());
        if (s.viewport() == null) {
            if (whole.getMinX() < -0.5 || whole.getMinY() < -0.5 || whole.getMaxX() > width + 0.5
                    || whole.getMaxY() > height + 0.5) {
                problems.add(describe(b) + " is not whole on screen: " + brief(whole));
            }
        } else if (whole.getMinX() < s.viewport().getMinX() - 0.5 || whole.getMaxX() > s.viewport().getMaxX() + 0.5) {
            problems.add(describe(b) + " is cut at the side of its scrolling area: " + brief(whole) + " in "
                    + brief(s.viewport()));
        }
        boolean cut = b.isWrapText() ? b.getHeight() + 0.5 < b.prefHeight(b.getWidth())
                : b.getWidth() + 0.5 < b.prefWidth(-1);
        if (b.getText() != null && !b.getText().isEmpty() && cut) {
            problems.add(describe(b) + " is too narrow for its text (" + Math.round(b.getWidth()) + " < "
                    + Math.round(b.prefWidth(-1)) + ")");
        }
    }

    /** Whether the text on show is shorter than the control's text (an ellipsis took the rest). */
    private static boolean cutShort(Labeled l) {
        if (l.getText() == null || l.getText().isEmpty()) {
            return false;
        }
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof javafx.scene.text.Text shown && shown.getStyleClass().contains("text")) {
                String full = l.getText().replace("_", "");
                String now = shown.getText() == null ? "" : shown.getText().replace("_", "");
                return !now.replace("\n", " ").strip().equals(full.replace("\n", " ").strip());
            }
        }
        return false;
    }

    /** Walks into layout panes and the controls that hold other controls; other controls are leaves. */
    private static void collect(Node node, Bounds clip, Bounds viewport, List<Shown> out) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.getScene() == null) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            Node viewportNode = scroll.lookup(".viewport");
            Bounds view = viewportNode == null ? bounds : viewportNode.localToScene(viewportNode.getLayoutBounds());
            Bounds inner = intersect(clip, view);
            if (inner != null) {
                collect(scroll.getContent(), inner, inner, out);
            }
            return;
        }
        boolean container = node instanceof SplitPane || node instanceof TabPane || node instanceof TitledPane
                || node instanceof Accordion || node instanceof ToolBar || node instanceof ButtonBar;
        if (node instanceof Control && !container) {
            Bounds visible = intersect(clip, bounds);
            if (visible != null && bounds.getWidth() > 0 && bounds.getHeight() > 0) {
                out.add(new Shown(node, visible, viewport));
            } else if (node instanceof ButtonBase && viewport != null && bounds.getWidth() > 0) {
                out.add(new Shown(node, new BoundingBox(0, 0, 0, 0), viewport)); // scrolled away: reachable
            } else if (node instanceof ButtonBase && viewport == null && bounds.getWidth() > 0) {
                out.add(new Shown(node, new BoundingBox(0, 0, 0, 0), null)); // off screen: a problem
            }
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, clip, viewport, out);
            }
        }
    }

    /** Spinners sit over what is loading on purpose. */
    private static boolean mayOverlap(Node node) {
        return node instanceof ProgressIndicator || node.isMouseTransparent();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getWidth() > 0 && b.getWidth() > 0 && a.getMinX() < b.getMaxX() - 1 && b.getMinX() < a.getMaxX() - 1
                && a.getMinY() < b.getMaxY() - 1 && b.getMinY() < a.getMaxY() - 1;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return maxX - minX < 1 || maxY - minY < 1 ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }

    private static String brief(Bounds b) {
        return String.format(java.util.Locale.ROOT, "[%.0f,%.0f %.0fx%.0f]", b.getMinX(), b.getMinY(), b.getWidth(),
                b.getHeight());
    }
}
