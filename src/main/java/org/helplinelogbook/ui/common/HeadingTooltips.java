package org.helplinelogbook.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Every column heading of a table gives its whole text in a tooltip: a heading cut short ("Caller…") on a small
 * screen or at a large text size can still be read, as the cells' own tooltips do for what they cut.
 */
public final class HeadingTooltips {

    /** Marks a heading that has its tooltip already (the table's skin makes headings anew as columns change). */
    private static final String GIVEN = HeadingTooltips.class.getName();

    private HeadingTooltips() {}

    /** Gives {@code table}'s headings their tooltips, now and whenever its columns or its skin change. */
    public static void install(TableView<?> table) {
        InvalidationListener later = o -> Platform.runLater(() -> addMissing(table));
        table.skinProperty().addListener(later);
        table.getColumns().addListener(later);
        table.getVisibleLeafColumns().addListener(later);
        table.sceneProperty().addListener(later);
    }

    private static void addMissing(TableView<?> table) {
        for (Node n : table.lookupAll(".column-header")) {
            if (n instanceof TableColumnHeader heading && heading.getTableColumn() != null
                    && !heading.getProperties().containsKey(GIVEN)) {
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(heading.getTableColumn().textProperty());
                Tooltip.install(heading, tip);
                heading.getProperties().put(GIVEN, tip);
            }
        }
    }
}
