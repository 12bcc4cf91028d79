package org.helplinelogbook.ui.dashboard;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/** Contacts per day, week or month as published figures; a {@code *} point has no bar but says so on hover. */
final class SeriesChart {

    /** Beyond this many points the date labels would overlap, so only every n-th is named. */
    private static final int MAX_LABELS = 40;

    private final BarChart<String, Number> chart;
    private final CategoryAxis x = new CategoryAxis();

    SeriesChart(String title, String valueAxis) {
        chart = FigureCharts.barChart(x, FigureCharts.countAxis(valueAxis), title, "series-chart", 2);
    }

    BarChart<String, Number> node() {
        return chart;
    }

    void show(List<DashboardViewModel.Point> points) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        int every = Math.max(1, (points.size() + MAX_LABELS - 1) / MAX_LABELS);
        for (int i = 0; i < points.size(); i++) {
            DashboardViewModel.Point p = points.get(i);
            // Categories must be unique; unnamed ones are padded with zero-width spaces.
            String category = i % every == 0 ? p.label() : "\u200b".repeat(i + 1);
            XYChart.Data<String, Number> data = new XYChart.Data<>(category, p.length());
            data.nodeProperty().addListener((o, was, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(p.label() + ": " + p.shown()));
                }
            });
            series.getData().add(data);
        }
        chart.getData().setAll(List.of(series));
    }
}
