package org.helplinelogbook.ui.dashboard;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small builders for the dashboard's cards and figure tiles. */
final class Cards {

    private Cards() {}

    /** A titled card holding {@code content}. */
    static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        heading.setWrapText(true);
        VBox card = new VBox(heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add("dash-card");
        card.setAccessibleText(title);
        return card;
    }

    /** A big figure with its caption underneath; the figure's id is {@code id}. */
    static VBox tile(String id, String caption, ObservableStringValue value) {
        Label figure = new Label();
        figure.setId(id);
        figure.textProperty().bind(value);
        figure.getStyleClass().add("tile-value");
        // a figure is never cut short ("GBP 1200…"): the tile grows to fit it
        figure.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(caption);
        text.getStyleClass().add("tile-caption");
        text.setWrapText(true);
        figure.setLabelFor(text);
        VBox tile = new VBox(figure, text);
        tile.getStyleClass().add("tile");
        tile.setAccessibleText(caption);
        return tile;
    }
}
