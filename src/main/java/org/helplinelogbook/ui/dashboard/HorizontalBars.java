package org.helplinelogbook.ui.dashboard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A horizontal bar chart of published figures, largest at the top. Each category reads "label (figure)", so a
 * {@code *} category (which has no bar) still says so. Clickable bars are focusable and open with Enter or Space.
 */
final class HorizontalBars {

    static final int MAX_LABEL = 44;

    private final BarChart<Number, String> chart;
    private final Consumer<Figures.Bar> onOpen;
    private final String idPrefix;

    /**
     * @param idPrefix bar nodes get the id {@code idPrefix-code}, e.g. {@code caller_type-at_risk}
     * @param onOpen called for a clicked bar; null when the bars open nothing
     */
    HorizontalBars(String idPrefix, String title, String valueAxis, Consumer<Figures.Bar> onOpen) {
        this.idPrefix = idPrefix;
        this.onOpen = onOpen;
        chart = FigureCharts.barChart(FigureCharts.countAxis(valueAxis), new CategoryAxis(), title, "horizontal-bars", 4);
    }

    BarChart<Number, String> node() {
        return chart;
    }

    void show(List<Figures.Bar> bars) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        Set<String> used = new HashSet<>();
        // A vertical category axis draws its first category at the bottom: add smallest first.
        for (int i = bars.size() - 1; i >= 0; i--) {
            Figures.Bar bar = bars.get(i);
            String category = unique(used, shorten(bar.label()) + "  (" + bar.shown() + ")");
            XYChart.Data<Number, String> data = new XYChart.Data<>(bar.length(), category);
            data.nodeProperty().addListener((o, was, node) -> decorate(node, bar));
            series.getData().add(data);
        }
        chart.getData().setAll(List.of(series));
        // About two lines of text per bar, in em so that it grows with the font size.
        chart.setStyle("-fx-pref-height: " + (bars.size() * 2.1 + 5) + "em;");
        for (XYChart.Data<Number, String> d : series.getData()) {
            if (d.getNode() != null) {
                decorate(d.getNode(), bars.get(bars.size() - 1 - series.getData().indexOf(d)));
            }
        }
    }

    private void decorate(Node node, Figures.Bar bar) {
        if (node == null || node.getProperties().containsKey("decorated")) {
            return;
        }
        node.getProperties().put("decorated", true);
        node.setId(idPrefix + "-" + bar.code());
        Tooltip.install(node, new Tooltip(bar.label() + ": " + bar.shown()));
        // BarChart binds these to its own accessibility defaults; ours name the category and the published figure.
        node.accessibleTextProperty().unbind();
        node.setAccessibleText(bar.label() + ", " + bar.shown());
        node.focusTraversableProperty().unbind();
        if (!bar.clickable() || onOpen == null) {
            return;
        }
        node.getStyleClass().add("clickable");
        node.setCursor(Cursor.HAND);
        node.setFocusTraversable(true);
        node.setAccessibleRole(AccessibleRole.BUTTON);
        node.setOnMouseClicked(e -> onOpen.accept(bar));
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                onOpen.accept(bar);
                e.consume();
            }
        });
    }

    static String shorten(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    private static String unique(Set<String> used, String category) {
        String c = category;
        while (!used.add(c)) {
            c = c + " ";
        }
        return c;
    }
}
