package org.helplinelogbook.ui.dashboard;

import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Weekday by hour: a grid of cells shaded by the published count, each showing the figure ({@code 0}, {@code *}
 * or the rounded count). The shade is a translucent accent fill under the text, so it reads in light and dark.
 */
final class HeatMap {

    private final GridPane grid = new GridPane();

    HeatMap(String title) {
        grid.getStyleClass().add("heat-map");
        grid.setAccessibleText(title);
        for (int hour = 0; hour < 24; hour++) {
            Label h = new Label(hour(hour));
            h.getStyleClass().add("heat-hour");
            GridPane.setHalignment(h, HPos.CENTER);
            grid.add(h, hour + 1, 0);
        }
        for (int dow = 1; dow <= 7; dow++) {
            Label d = new Label(DashboardViewModel.weekday(dow));
            d.getStyleClass().add("heat-day");
            grid.add(d, 0, dow);
        }
    }

    /** "07": western digits whatever the computer's locale (String.format would write "٠٧" on an Arabic one). */
    private static String hour(int hour) {
        return String.format(Locale.ROOT, "%02d", hour);
    }

    GridPane node() {
        return grid;
    }

    void show(List<DashboardViewModel.Cell> cells) {
        grid.getChildren().removeIf(n -> n.getStyleClass().contains("heat-cell"));
        for (DashboardViewModel.Cell c : cells) {
            Region fill = new Region();
            fill.getStyleClass().add("heat-fill");
            fill.setOpacity(c.shade());
            Label text = new Label(c.shown());
            text.getStyleClass().add(c.shade() > 0.55 ? "heat-text-strong" : "heat-text");
            StackPane cell = new StackPane(fill, text);
            cell.getStyleClass().add("heat-cell");
            String name = DashboardViewModel.weekday(c.dayOfWeek()) + " " + hour(c.hour()) + ":00"
                    + ": " + c.shown();
            cell.setAccessibleText(name);
            Tooltip.install(cell, new Tooltip(name));
            GridPane.setHgrow(cell, Priority.ALWAYS);
            grid.add(cell, c.hour() + 1, c.dayOfWeek());
        }
    }
}
