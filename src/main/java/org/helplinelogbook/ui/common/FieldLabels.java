package org.helplinelogbook.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;

/**
 * Links each form label to its field, so screen readers announce the label and its mnemonic focuses the field.
 * Controls without their own accessible text get the label's text. The field of a label is, in the same parent:
 * <ul>
 *   <li>the control right after it;</li>
 *   <li>or the control after a hint under the label (a label with the style class {@code hint});</li>
 *   <li>or, when a row of things follows (a field with its Choose… button, a spinner with its unit), the first
 *       control in that row.</li>
 * </ul>
 * Only a control one can type or pick in is a field (not a label, a button or a progress bar), so headings and
 * captions above a row of buttons stay unlinked. This is the one way a label is tied to its field, applied to every
 * view by {@link ViewLoader}: the windows' FXML keeps the label before its field, and no view does it by hand (FXML's
 * {@code labelFor="$field"} cannot name a field declared further down: it resolves to null).
 */
public final class FieldLabels {

    private FieldLabels() {}

    public static void link(Parent root) {
        List<Node> children = root.getChildrenUnmodifiable();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Label label && label.getLabelFor() == null && !isHint(label)) {
                Control field = fieldAfter(children, i + 1);
                if (field != null) {
                    label.setLabelFor(field);
                    if (field.getAccessibleText() == null) {
                        field.setAccessibleText(label.getText());
                    }
                }
            }
            if (child instanceof ScrollPane scroll && scroll.getContent() instanceof Parent content) {
                link(content); // a scroll pane's content is not among its children until it is skinned
            } else if (child instanceof Parent p) {
                link(p);
            }
        }
    }

    /** The field that follows a label at {@code next}, or null when what follows is not a field. */
    private static Control fieldAfter(List<Node> siblings, int next) {
        if (next < siblings.size() && isHint(siblings.get(next))) {
            next++;
        }
        if (next >= siblings.size()) {
            return null;
        }
        Node following = siblings.get(next);
        Control first = following instanceof Control control ? control : firstControlIn(following);
        return first == null || first instanceof Labeled || !first.isFocusTraversable() ? null : first;
    }

    private static boolean isHint(Node node) {
        return node instanceof Label && node.getStyleClass().contains("hint");
    }

    private static Control firstControlIn(Node node) {
        if (node instanceof Parent parent && !(node instanceof Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Control found = child instanceof Control control ? control : firstControlIn(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
