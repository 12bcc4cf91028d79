package org.helplinelogbook.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.CampaignImpact.Phase;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.dashboard.CampaignImpactViewModel.WeekBar;

/**
 * The campaign's weeks as bars, coloured by phase. A week whose figure is hidden ({@code *}) has no bar, which would
 * read as a true 0: it gets a {@link HiddenBands} band edged in its phase's colour, and the legend gains a line
 * saying what the mark means. The chart shows what the report publishes: any {@code *} is drawn as hidden.
 */
final class WeekChart extends StackedBarChart<String, Number> {

    /** The stand-ins of the hidden weeks, by category. */
    private final HiddenBands bands = new HiddenBands();

    WeekChart() {
        super(new CategoryAxis(), new NumberAxis());
        setAnimated(false);
        setCategoryGap(3);
        getStyleClass().add("campaign-chart");
        setAccessibleText(Messages.get("dashboard.campaign.weekly"));
        ((NumberAxis) getYAxis()).setLabel(Messages.get("dashboard.axis.contacts"));
        ((NumberAxis) getYAxis()).setTickLabelFormatter(FigureCharts.WHOLE_COUNTS);
    }

    void show(List<WeekBar> weeks) {
        getPlotChildren().removeAll(bands.clear());
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (String key : List.of("before", "during", "after")) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(Messages.get("dashboard.campaign.legend." + key));
            series.add(s);
        }
        for (WeekBar w : weeks) {
            String category = w.label() + (w.complete() ? "" : " (part)");
            boolean isHidden = DisclosurePolicy.SUPPRESSED.equals(w.shown());
            for (Phase p : Phase.values()) {
                // Every week is a category of every series, so the stacks line up; only its own phase has height.
                var data = new XYChart.Data<String, Number>(category, p == w.phase() && !isHidden ? w.length() : 0);
                if (p == w.phase() && !isHidden) {
                    data.nodeProperty().addListener((o, was, node) -> {
                        if (node != null) {
                            Tooltip.install(node, new Tooltip(category + ": " + w.shown()));
                        }
                    });
                }
                series.get(p.ordinal()).getData().add(data);
            }
            if (isHidden) {
                bands.add(category, Messages.get("dashboard.campaign.hiddenWeek", category),
                        "hidden-" + w.phase().name().toLowerCase(Locale.ROOT));
            }
        }
        if (!bands.byCategory().isEmpty()) {
            // A series with no bars of its own: only its legend line, in the placeholder's hatching.
            XYChart.Series<String, Number> legendOnly = new XYChart.Series<>();
            legendOnly.setName(Messages.get("dashboard.campaign.legend.hidden"));
            series.add(legendOnly);
        }
        getData().setAll(series);
        getPlotChildren().addAll(bands.byCategory().values());
    }

    /** The stand-ins of the hidden weeks by category, for tests and screenshots. */
    Map<String, Label> hiddenMarks() {
        return bands.byCategory();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        bands.layOut((CategoryAxis) getXAxis(), (NumberAxis) getYAxis(), getCategoryGap());
    }
}
