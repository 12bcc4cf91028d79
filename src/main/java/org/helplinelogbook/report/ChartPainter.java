package org.helplinelogbook.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.helplinelogbook.report.ReportDocument.Chart;
import org.helplinelogbook.report.ReportDocument.Series;

/**
 * Bar charts for the PDF, drawn at their printed size in points (and three times as many pixels), so that their
 * labels are set in the same type size as the tables beside them: category labels are wrapped onto as many lines
 * as they need, never cut; every bar carries its published figure; a hidden figure draws no bar but a {@code *}.
 * Colours are from the Okabe–Ito palette, which people with the common colour-vision deficiencies can tell apart.
 */
final class ChartPainter {

    /** Okabe–Ito: blue, orange, bluish green, vermilion, sky blue, reddish purple. */
    static final Color[] PALETTE = {new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00),
        new Color(0x00, 0x9E, 0x73), new Color(0xD5, 0x5E, 0x00), new Color(0x56, 0xB4, 0xE9),
        new Color(0xCC, 0x79, 0xA7)};
    static final float FONT_SIZE = 8f;
    private static final int SCALE = 3;
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    /** A painted chart: PNG bytes and its printed size in points. */
    record Painted(byte[] png, float width, float height) {}

    private ChartPainter() {}

    /** One row per category, bars to the right of wrapped labels; several series give several bars a row. */
    static Painted horizontal(Chart chart, float width) {
        Font font = font();
        FontMetrics fm = metrics(font);
        float labelWidth = width * 0.42f;
        float lineHeight = fm.getHeight();
        int n = chart.series().size();
        float barHeight = n == 1 ? 10 : 7;
        List<LegendEntry> key = n > 1 ? legendLayout(chart.series(), fm, width) : List.of();
        float legend = n > 1 ? legendHeight(key, lineHeight) : 0;
        List<List<String>> labels = new ArrayList<>();
        List<Float> rowHeights = new ArrayList<>();
        for (String c : chart.categories()) {
            List<String> lines = wrap(c, fm, labelWidth - 6);
            labels.add(lines);
            rowHeights.add(Math.max(lines.size() * lineHeight, n * barHeight + (n - 1)) + 6);
        }
        float height = legend + (float) rowHeights.stream().mapToDouble(Float::doubleValue).sum() + 4;
        long max = max(chart);
        return paint(width, height, g -> {
            g.setFont(font);
            legend(g, fm, key, lineHeight);
            float valueWidth = fm.stringWidth(Long.toString(max)) + 6;
            float barsLeft = labelWidth;
            float barsWidth = width - barsLeft - valueWidth;
            float y = legend;
            for (int i = 0; i < chart.categories().size(); i++) {
                float rowHeight = rowHeights.get(i);
                List<String> lines = labels.get(i);
                float textTop = y + (rowHeight - lines.size() * lineHeight) / 2;
                g.setColor(TEXT);
                for (int l = 0; l < lines.size(); l++) {
                    g.drawString(lines.get(l), 0, textTop + l * lineHeight + fm.getAscent());
                }
                float barsTop = y + (rowHeight - (n * barHeight + (n - 1))) / 2;
                for (int s = 0; s < n; s++) {
                    Long v = chart.series().get(s).values().get(i);
                    float top = barsTop + s * (barHeight + 1);
                    float baseline = top + barHeight / 2 + fm.getAscent() / 2f - 1;
                    if (v == null) {
                        g.setColor(TEXT);
                        g.drawString("*", barsLeft + 2, baseline);
                        continue;
                    }
                    float length = max == 0 ? 0 : barsWidth * v / max;
                    g.setColor(PALETTE[s % PALETTE.length]);
                    g.fill(new Rectangle2D.Float(barsLeft, top, Math.max(length, v > 0 ? 1 : 0),
                            barHeight));
                    g.setColor(TEXT);
                    g.drawString(Long.toString(v), barsLeft + length + 3, baseline);
                }
                y += rowHeight;
                g.setColor(GRID);
                g.setStroke(new BasicStroke(0.5f));
                g.draw(new Line2D.Float(0, y, width, y));
            }
        });
    }

    /**
     * Upright bars: one group per category with a bar per series, or (when the chart says so) one bar per category
     * in the colour of the series it belongs to, as for the weeks before, during and after a campaign.
     */
    static Painted columns(Chart chart, float width, float height) {
        Font font = font();
        FontMetrics fm = metrics(font);
        float lineHeight = fm.getHeight();
        int categories = chart.categories().size();
        int n = chart.series().size();
        boolean byCategory = chart.seriesByCategory();
        List<LegendEntry> key = legendLayout(chart.series(), fm, width);
        float legend = legendHeight(key, lineHeight);
        float slot = width / Math.max(1, categories);
        List<List<String>> labels = new ArrayList<>();
        int labelLines = 1;
        for (String c : chart.categories()) {
            List<String> lines = wrap(c, fm, slot - 2);
            labels.add(lines);
            labelLines = Math.max(labelLines, lines.size());
        }
        float axisBottom = height - labelLines * lineHeight - 4;
        float plotTop = legend + lineHeight;
        long max = max(chart);
        return paint(width, height, g -> {
            g.setFont(font);
            legend(g, fm, key, lineHeight);
            g.setColor(GRID);
            g.setStroke(new BasicStroke(0.5f));
            g.draw(new Line2D.Float(0, axisBottom, width, axisBottom));
            int bars = byCategory ? 1 : n;
            float barWidth = Math.min(28, (slot - 6) / bars);
            for (int i = 0; i < categories; i++) {
                float groupLeft = i * slot + (slot - bars * barWidth) / 2;
                int drawn = 0;
                for (int s = 0; s < n; s++) {
                    Long v = chart.series().get(s).values().get(i);
                    if (byCategory && v == null) {
                        continue;
                    }
                    float left = groupLeft + (byCategory ? 0 : s * barWidth);
                    drawn++;
                    if (v == null) {
                        g.setColor(TEXT);
                        g.drawString("*", left + (barWidth - fm.stringWidth("*")) / 2, axisBottom - 2);
                        continue;
                    }
                    float h = max == 0 ? 0 : (axisBottom - plotTop) * v / max;
                    g.setColor(PALETTE[s % PALETTE.length]);
                    g.fill(new Rectangle2D.Float(left + 1, axisBottom - h, barWidth - 2, h));
                    g.setColor(TEXT);
                    String text = Long.toString(v);
                    g.drawString(text, left + (barWidth - fm.stringWidth(text)) / 2, axisBottom - h - 2);
                }
                if (byCategory && drawn == 0) {
                    g.setColor(TEXT);
                    g.drawString("*", i * slot + (slot - fm.stringWidth("*")) / 2, axisBottom - 2);
                }
                g.setColor(TEXT);
                List<String> lines = labels.get(i);
                for (int l = 0; l < lines.size(); l++) {
                    String line = lines.get(l);
                    g.drawString(line, i * slot + (slot - fm.stringWidth(line)) / 2,
                            axisBottom + 3 + l * lineHeight + fm.getAscent());
                }
            }
        });
    }

    /** Words onto lines no wider than {@code width}; a single word wider than that is split, with a hyphen. */
    static List<String> wrap(String text, FontMetrics fm, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (fm.stringWidth(rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && fm.stringWidth(rest.substring(0, cut) + "-") > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut) + "-");
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A series' key: its colour swatch at ({@code x}, line {@code line}) and its name on one or more lines. */
    record LegendEntry(int series, float x, int line, List<String> text) {}

    private static final float SWATCH = 8;
    private static final float SWATCH_GAP = 3;
    private static final float ENTRY_GAP = 12;

    /**
     * The legend laid out within {@code width}: entries side by side while they fit, else on the next line; a name
     * wider than the whole chart wraps onto more lines. Never cut: "5 November 20…" told a reader nothing.
     */
    static List<LegendEntry> legendLayout(List<Series> series, FontMetrics fm, float width) {
        List<LegendEntry> entries = new ArrayList<>();
        float textRoom = width - SWATCH - SWATCH_GAP;
        float x = 0;
        int line = 0;
        for (int s = 0; s < series.size(); s++) {
            List<String> text = wrap(series.get(s).name(), fm, textRoom);
            float entryWidth = SWATCH + SWATCH_GAP + widest(text, fm);
            if (x > 0 && x + entryWidth > width) {
                x = 0;
                line = entries.stream().mapToInt(e -> e.line() + e.text().size()).max().orElse(0);
            }
            entries.add(new LegendEntry(s, x, line, text));
            x += entryWidth + ENTRY_GAP;
        }
        return entries;
    }

    private static float legendHeight(List<LegendEntry> entries, float lineHeight) {
        int lines = entries.stream().mapToInt(e -> e.line() + e.text().size()).max().orElse(0);
        return lines == 0 ? 0 : lines * lineHeight + 6;
    }

    private static float widest(List<String> lines, FontMetrics fm) {
        return lines.stream().mapToInt(fm::stringWidth).max().orElse(0);
    }

    private static void legend(Graphics2D g, FontMetrics fm, List<LegendEntry> entries, float lineHeight) {
        for (LegendEntry e : entries) {
            float top = e.line() * lineHeight;
            g.setColor(PALETTE[e.series() % PALETTE.length]);
            g.fill(new Rectangle2D.Float(e.x(), top + (lineHeight - SWATCH) / 2 + 1, SWATCH, SWATCH));
            g.setColor(TEXT);
            for (int l = 0; l < e.text().size(); l++) {
                g.drawString(e.text().get(l), e.x() + SWATCH + SWATCH_GAP, top + l * lineHeight + fm.getAscent() + 1);
            }
        }
    }

    private static long max(Chart chart) {
        long max = 0;
        for (Series s : chart.series()) {
            for (Long v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        return max;
    }

    private static Font font() {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(FONT_SIZE);
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = probe.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }

    private interface Drawing {
        void draw(Graphics2D g);
    }

    private static Painted paint(float width, float height, Drawing drawing) {
        var image = new BufferedImage(Math.round(width * SCALE), Math.round(height * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            drawing.draw(g);
        } finally {
            g.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Painted(bytes.toByteArray(), width, height);
    }
}
