package org.helplinelogbook.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;

/**
 * Buttons, check boxes and links never shrink below their text: a row that has too little room (a small screen, 200 %
 * text) wraps or scrolls instead of showing "Reset pass…" or "Mo…"; a check box whose text wraps keeps all its lines.
 * Applied to every view when it is loaded ({@link ViewLoader}).
 */
public final class WholeButtons {

    private WholeButtons() {}

    public static void applyAll(Node node) {
        if (node instanceof ButtonBase button) {
            if (!button.isWrapText() && button.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            } else if (button.isWrapText() && button.getMinHeight() == Region.USE_COMPUTED_SIZE) {
                button.setMinHeight(Region.USE_PREF_SIZE); // every wrapped line shown, never cut to the first
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(WholeButtons::applyAll);
            if (node instanceof SplitPane split) {
                split.getItems().forEach(WholeButtons::applyAll);
            } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
                applyAll(scroll.getContent());
            } else if (node instanceof TabPane tabs) {
                tabs.getTabs().stream().map(Tab::getContent).filter(c -> c != null).forEach(WholeButtons::applyAll);
            }
        }
    }
}
