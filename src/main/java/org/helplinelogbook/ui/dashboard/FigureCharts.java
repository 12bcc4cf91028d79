package org.helplinelogbook.ui.dashboard;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * What every bar chart of published figures on the dashboard shares, written once: a count axis from zero with no
 * minor ticks, no animation (bars redrawn for a new period must not move while they are read), no legend (one
 * series), and the chart's title as its accessible text.
 */
final class FigureCharts {

    /**
     * Tick labels of a count: whole numbers en-GB ("1,250"), nothing at a fraction. A chart whose every figure is
     * hidden or 0 ranged its axis to fractions and read "0.0", "0.5"… (seen in the dashboard's pictures).
     */
    static final StringConverter<Number> WHOLE_COUNTS = new StringConverter<>() {
        @Override
        public String toString(Number n) {
            if (n == null || n.doubleValue() != Math.rint(n.doubleValue())) {
                return "";
            }
            return NumberFormat.getIntegerInstance(Locale.UK).format(n.longValue());
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("an axis only shows its ticks");
        }
    };

    private FigureCharts() {}

    /** The axis of counts, from zero, with whole-number ticks only. */
    static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFormatter(WHOLE_COUNTS);
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
