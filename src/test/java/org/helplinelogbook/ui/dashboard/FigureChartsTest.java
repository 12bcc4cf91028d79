package org.helplinelogbook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The count axes' tick labels: a dashboard whose figures were all hidden read "0.0" beside its one tick. */
class FigureChartsTest {

    @Test
    void countTicksAreWholeNumbersAndFractionsAreLeftBlank() {
        assertThat(FigureCharts.WHOLE_COUNTS.toString(0.0)).isEqualTo("0");
        assertThat(FigureCharts.WHOLE_COUNTS.toString(5.0)).isEqualTo("5");
        assertThat(FigureCharts.WHOLE_COUNTS.toString(1250)).isEqualTo("1,250");
        assertThat(FigureCharts.WHOLE_COUNTS.toString(0.5)).isEmpty();
        assertThat(FigureCharts.WHOLE_COUNTS.toString(2.5)).isEmpty();
    }
}
