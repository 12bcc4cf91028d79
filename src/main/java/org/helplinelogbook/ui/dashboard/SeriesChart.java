package org.helplinelogbook.ui.dashboard;

import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.ui.common.Messages;

/**
 * Contacts per day, week or month as published figures. A {@code *} point has no bar, which would read as a true 0:
 * it gets a {@link HiddenBands} band marked {@code *}, which says so on hover.
 */
final class SeriesChart {

    /** Beyond this many points the date labels would overlap, so only every n-th is named. */
    private static final int MAX_LABELS = 40;

    private final CategoryAxis x = new CategoryAxis();
    private final NumberAxis y;
    private final HiddenBands bands = new HiddenBands();
    private final Bars chart;

    SeriesChart(String title, String valueAxis) {
        y = FigureCharts.countAxis(valueAxis);
        chart = new Bars();
        FigureCharts.dress(chart, title, "series-chart", 2);
    }

    /** The bar chart with the hidden points' bands among its plot children, laid out after its bars. */
    private final class Bars extends BarChart<String, Number> {
        Bars() {
            super(x, y);
        }

        void replaceBands(Collection<Node> old) {
            getPlotChildren().removeAll(old);
            getPlotChildren().addAll(bands.byCategory().values());
        }

        @Override
        protected void layoutPlotChildren() {
            super.layoutPlotChildren();
            bands.layOut(x, y, getCategoryGap());
        }
    }

    BarChart<String, Number> node() {
        return chart;
    }

    void show(List<DashboardViewModel.Point> points) {
        Collection<Node> oldBands = bands.clear();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        int every = Math.max(1, (points.size() + MAX_LABELS - 1) / MAX_LABELS);
        for (int i = 0; i < points.size(); i++) {
            DashboardViewModel.Point p = points.get(i);
            // Categories must be unique; unnamed ones are padded with zero-width spaces.
            String category = i % every == 0 ? p.label() : "\u200b".repeat(i + 1);
            XYChart.Data<String, Number> data = new XYChart.Data<>(category, p.length());
            if (DisclosurePolicy.SUPPRESSED.equals(p.shown())) {
                bands.add(category, Messages.get("dashboard.series.hidden", p.label()));
            }
            data.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(p.label() + ": " + p.shown()));
                }
            });
            series.getData().add(data);
        }
        chart.getData().setAll(List.of(series));
        chart.replaceBands(oldBands);
    }
}
