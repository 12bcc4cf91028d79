package org.helplinelogbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.helplinelogbook.report.ReportDocument.Chart;
import org.helplinelogbook.report.ReportDocument.Series;
import org.junit.jupiter.api.Test;

/** Charts for paper: labels whole, distinct colours for distinct series. */
class ChartPainterTest {

    @Test
    void labelsAreWrappedAtSpacesAndNeverLoseACharacter() {
        var fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
        for (String label : List.of("At risk: worried about own thoughts or behaviour, has not offended",
                "Worried about someone else", "protective_actions_agreed", "Phone")) {
            List<String> lines = ChartPainter.wrap(label, fm, 90);
            assertThat(lines).allSatisfy(l -> assertThat(fm.stringWidth(l)).isLessThanOrEqualTo(90));
            String joined = String.join(" ", lines).replace("- ", "");
            assertThat(joined.replace(" ", "")).isEqualTo(label.replace(" ", ""));
        }
        assertThat(ChartPainter.wrap("Worried about someone else", fm, 60)).hasSizeGreaterThan(1)
                .allSatisfy(l -> assertThat(l).doesNotEndWith("…"));
    }

    @Test
    void beforeDuringAndAfterHaveDistinctColours() throws Exception {
        Chart weekly = new Chart("Data contacts a week", "Contacts", List.of("1 Mar", "8 Mar", "15 Mar"),
                List.of(new Series("Before", Arrays.asList(20L, null, null)),
                        new Series("During", Arrays.asList(null, 40L, null)),
                        new Series("After", Arrays.asList(null, null, 25L))), true);
        var painted = ChartPainter.columns(weekly, 300, 160);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(painted.png()));
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        for (int i = 0; i < 3; i++) {
            Color c = ChartPainter.PALETTE[i];
            assertThat(colours).as("series %d", i).contains(c.getRGB() & 0xFFFFFF);
        }
        assertThat(painted.width()).isEqualTo(300);
    }

    @Test
    void aLegendOfLongPeriodNamesStaysInsideTheChart() throws Exception {
        // Found on a one-day INTERNAL PDF: the legend ran off the chart ("5 November 20…"); a week or a financial
        // year lost its second name altogether.
        Chart week = new Chart("Contacts and a year earlier", "Contacts",
                List.of("All contacts", "Data contacts", "Non-data contacts"),
                List.of(new Series("5 October 2026 – 11 October 2026", List.of(46L, 42L, 4L)),
                        new Series("5 October 2025 – 11 October 2025", List.of(23L, 18L, 5L))));
        float width = 240;
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartPainter.columns(week, width, 150).png()));
        int scale = image.getWidth() / (int) width;
        // the legend's band (two lines) is blank along the chart's right edge: nothing was drawn past it
        for (int x = image.getWidth() - 4 * scale; x < image.getWidth(); x++) {
            for (int y = 0; y < 24 * scale; y++) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
            }
        }

        var fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
        List<ChartPainter.LegendEntry> key = ChartPainter.legendLayout(week.series(), fm, 120);
        assertThat(key).hasSize(2).allSatisfy(e -> assertThat(e.text()).allSatisfy(
                line -> assertThat(e.x() + 11 + fm.stringWidth(line)).isLessThanOrEqualTo(120f)));
        assertThat(key.get(1).line()).isGreaterThan(key.get(0).line()); // the second name on a line of its own
        assertThat(String.join(" ", key.get(0).text())).isEqualTo("5 October 2026 – 11 October 2026");
    }
}
