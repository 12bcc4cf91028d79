package org.helplinelogbook.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;

/**
 * Links each form label to the control that follows it (same parent, next child), so screen readers announce the
 * label and its mnemonic focuses the control. Controls without their own accessible text get the label's text.
 */
public final class FieldLabels {

    private FieldLabels() {}

    public static void link(Parent root) {
        var children = root.getChildrenUnmodifiable();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Label label && label.getLabelFor() == null && i + 1 < children.size()
                    && children.get(i + 1) instanceof Control control && !(control instanceof Labeled)) {
                label.setLabelFor(control);
                if (control.getAccessibleText() == null) {
                    control.setAccessibleText(label.getText());
                }
            }
            if (child instanceof Parent p) {
                link(p);
            }
        }
    }
}
