package org.helplinelogbook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heat map's hours read "07" and "Tue 07:00" whatever the computer's locale (issue 17: en-GB everywhere): on an
 * Arabic, Persian or Bengali system, String.format's own digits showed "٠٧" beside the app's "3 Dec 2026".
 */
@ExtendWith(ApplicationExtension.class)
class HeatMapDigitsTest {

    private final Locale systemLocale = Locale.getDefault();

    @AfterEach
    void putTheLocaleBack() {
        Locale.setDefault(systemLocale);
    }

    @Test
    void hoursAreWrittenInWesternDigitsOnAnArabicComputer() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        HeatMap map = WaitForAsyncUtils.asyncFx(() -> {
            HeatMap m = new HeatMap("Contacts by hour");
            m.show(List.of(new DashboardViewModel.Cell(2, 7, "12", 0.5)));
            return m;
        }).get();

        List<String> hours = map.node().getChildren().stream().filter(n -> n.getStyleClass().contains("heat-hour"))
                .map(n -> ((Label) n).getText()).toList();
        assertThat(hours).startsWith("00", "01").contains("07", "23");
        StackPane cell = (StackPane) map.node().getChildren().stream()
                .filter(n -> n.getStyleClass().contains("heat-cell")).findFirst().orElseThrow();
        assertThat(cell.getAccessibleText()).isEqualTo("Tue 07:00: 12");
    }
}
