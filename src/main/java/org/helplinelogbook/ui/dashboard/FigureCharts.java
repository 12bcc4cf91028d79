package org.helplinelogbook.ui.dashboard;

import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;

/**
 * What every bar chart of published figures on the dashboard shares, written once: a count axis from zero with no
 * minor ticks, no animation (bars redrawn for a new period must not move while they are read), no legend (one
 * series), and the chart's title as its accessible text.
 */
final class FigureCharts {

    private FigureCharts() {}

    /** The axis of counts, from zero, with whole-number ticks only. */
    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(true);
        axis.setMinorTickVisible(false);
        return axis;
    }

    static <X, Y> BarChart<X, Y> barChart(Axis<X> x, Axis<Y> y, String title, String styleClass, double categoryGap) {
        return dress(new BarChart<>(x, y), title, styleClass, categoryGap);
    }

    /** Gives a bar chart made elsewhere (a subclass) what every figure chart shares. */
    static <X, Y> BarChart<X, Y> dress(BarChart<X, Y> chart, String title, String styleClass, double categoryGap) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(categoryGap);
        chart.setAccessibleText(title);
        chart.getStyleClass().add(styleClass);
        return chart;
    }
}
