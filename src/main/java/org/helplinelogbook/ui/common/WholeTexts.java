package org.helplinelogbook.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * Texts are never cut short by a window that is too small (a 1024×600 laptop, 200 % text): buttons, check boxes and
 * links never shrink below their text, so a row with too little room wraps or scrolls instead of showing
 * "Reset pass…"; a check box whose text wraps (and, in a dialog, a label) keeps every line instead of being squeezed
 * to the first.
 * Applied to every view when it is loaded ({@link ViewLoader}) and to every question dialog ({@link DialogFit}).
 */
public final class WholeTexts {

    private WholeTexts() {}

    public static void applyAll(Node node) {
        apply(node, true);
    }

    /** As {@link #applyAll}, and every wrapping label keeps all its lines too (a dialog's question). */
    public static void applyAllWithLabels(Node node) {
        apply(node, true);
    }

    private static void apply(Node node, boolean labels) {
        if (node instanceof Labeled labeled && labeled.isWrapText() && (labels || labeled instanceof ButtonBase)) {
            if (labeled.getMinHeight() == Region.USE_COMPUTED_SIZE) {
                labeled.setMinHeight(Region.USE_PREF_SIZE); // every wrapped line shown, never cut to the first
            }
        } else if (node instanceof ButtonBase button) {
            if (button.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> apply(child, labels));
            if (node instanceof SplitPane split) {
                split.getItems().forEach(item -> apply(item, labels));
            } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
                apply(scroll.getContent(), labels);
            } else if (node instanceof TabPane tabs) {
                tabs.getTabs().stream().map(Tab::getContent).filter(c -> c != null).forEach(c -> apply(c, labels));
            }
        }
    }
}
