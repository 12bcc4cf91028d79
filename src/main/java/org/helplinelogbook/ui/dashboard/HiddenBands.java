package org.helplinelogbook.ui.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.helplinelogbook.privacy.DisclosurePolicy;

/**
 * The stand-ins for hidden figures ({@code *}) on a bar chart of categories. A hidden figure has no bar, and an empty
 * place reads as a true 0: each gets a light hatched band the plot's whole height (no height that could read as a
 * figure), marked {@code *} at its foot, with a tooltip saying so. The chart that owns the bands puts them among its
 * plot children and calls {@link #layOut} after laying out its bars (dashboard.css styles {@code .hidden-band}).
 */
final class HiddenBands {

    private final Map<String, Label> byCategory = new LinkedHashMap<>();

    /** Forgets every band; returns them, for the chart to take off its plot. */
    Collection<Node> clear() {
        List<Node> old = new ArrayList<>(byCategory.values());
        byCategory.clear();
        return old;
    }

    /** A band for the hidden figure of {@code category}; {@code says} is its tooltip and accessible text. */
    Label add(String category, String says, String... styleClasses) {
        Label band = new Label(DisclosurePolicy.SUPPRESSED);
        band.getStyleClass().add("hidden-band");
        band.getStyleClass().addAll(styleClasses);
        band.setAccessibleText(says);
        Tooltip.install(band, new Tooltip(says));
        byCategory.put(category, band);
        return band;
    }

    /** The bands by category, for tests and screenshots. */
    Map<String, Label> byCategory() {
        return byCategory;
    }

    /** Puts each band over its category, as wide as a bar place ({@code gap} between places), from the top to 0. */
    void layOut(CategoryAxis x, NumberAxis y, double gap) {
        double width = Math.max(4, x.getCategorySpacing() - gap);
        double base = Math.max(1, y.getDisplayPosition(0));
        byCategory.forEach((category, band) -> {
            band.resizeRelocate(x.getDisplayPosition(category) - width / 2, 0, width, base);
            band.toFront();
        });
    }
}
