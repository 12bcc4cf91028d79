package org.helplinelogbook.ui.main;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.helplinelogbook.ui.common.Messages;

/** A calm stand-in for a section another branch is building (see the plug-in points in {@code AppShell}). */
public final class ComingSoonPane {

    private ComingSoonPane() {}

    public static Node create(Section section) {
        Label title = new Label(Messages.get(section.labelKey()));
        title.getStyleClass().add("title-3");
        Label text = new Label(Messages.get("main.comingSoon"));
        text.getStyleClass().add("text-muted");
        text.setWrapText(true);
        VBox box = new VBox(title, text);
        box.getStyleClass().add("coming-soon");
        box.setAlignment(Pos.CENTER);
        box.setFocusTraversable(false);
        return box;
    }
}
