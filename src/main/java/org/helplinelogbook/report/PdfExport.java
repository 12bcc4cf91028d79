package org.helplinelogbook.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ReportDocument.Cell;
import org.helplinelogbook.report.ReportDocument.Chart;
import org.helplinelogbook.report.ReportDocument.Meta;
import org.helplinelogbook.report.ReportDocument.Series;
import org.helplinelogbook.report.ReportDocument.Table;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * PDF (A4): a cover page, then each table with its chart. Charts are drawn by JFreeChart at twice their printed
 * size (about 144 dpi) so they stay sharp on paper. Every page carries a footer with the report title and page
 * number, and under an exact policy the internal stamp at the top.
 */
final class PdfExport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font STAMP = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11, new Color(0xC0, 0, 0));
    private static final float CHART_WIDTH = 480;
    private static final float CHART_HEIGHT = 260;

    private PdfExport() {}

    static void write(ReportDocument doc, DisclosurePolicy policy, OutputStream out) {
        Document pdf = new Document(PageSize.A4, 50, 50, 60, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Stamp(doc));
            pdf.addTitle(doc.title());
            pdf.addCreator("Helpline Logbook");
            pdf.open();
            cover(pdf, doc, policy);
            for (Table t : doc.tables()) {
                pdf.newPage();
                table(pdf, t);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the PDF export", e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF export", e);
        }
    }

    private static void cover(Document pdf, ReportDocument doc, DisclosurePolicy policy) throws DocumentException {
        Paragraph title = new Paragraph(doc.title(), TITLE);
        title.setSpacingAfter(12);
        pdf.add(title);
        if (doc.internal()) {
            pdf.add(new Paragraph(DisclosurePolicy.INTERNAL_STAMP, STAMP));
        }
        PdfPTable meta = new PdfPTable(new float[] {1, 3});
        meta.setWidthPercentage(100);
        meta.setSpacingBefore(12);
        for (Meta m : doc.cover()) {
            meta.addCell(cell(m.label(), BOLD));
            meta.addCell(cell(m.value(), BODY));
        }
        pdf.add(meta);
        Paragraph explain = new Paragraph("Disclosure control: " + policy.describe() + ". Counts of 0 are shown"
                + " as 0. Totals are rounded from the true figures, so rows need not add up. Percentages are hidden"
                + " (n/a) when they would depend on a suppressed count.", SMALL);
        explain.setSpacingBefore(12);
        pdf.add(explain);
    }

    private static void table(Document pdf, Table t) throws DocumentException, IOException {
        Paragraph heading = new Paragraph(t.title(), HEADING);
        heading.setSpacingAfter(4);
        pdf.add(heading);
        for (String note : t.notes()) {
            pdf.add(new Paragraph(note, SMALL));
        }
        PdfPTable table = new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String h : t.headers()) {
            PdfPCell c = cell(h, BOLD);
            c.setBackgroundColor(new Color(0xE8, 0xE8, 0xE8));
            table.addCell(c);
        }
        for (List<Cell> row : t.rows()) {
            for (Cell c : row) {
                PdfPCell pc = cell(c.text(), BODY);
                if (c.number() != null || "*".equals(c.text())) {
                    pc.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(pc);
            }
        }
        pdf.add(table);
        if (t.chart() != null && !t.chart().categories().isEmpty()) {
            Image image = Image.getInstance(png(t.chart()));
            image.scaleToFit(CHART_WIDTH, CHART_HEIGHT * 1.6f);
            image.setSpacingBefore(12);
            image.setAlignment(Element.ALIGN_CENTER);
            pdf.add(image);
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(4);
        return c;
    }

    /** Renders a bar chart at twice its printed size; suppressed values are null and draw no bar. */
    static byte[] png(Chart chart) throws IOException {
        var data = new DefaultCategoryDataset();
        for (Series s : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                Long v = s.values().get(i);
                data.addValue(v, s.name(), chart.categories().get(i));
            }
        }
        boolean many = chart.categories().size() > 6 && chart.series().size() == 1;
        JFreeChart jf = ChartFactory.createBarChart(chart.title(), null, chart.valueAxis(), data,
                many ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
        jf.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = jf.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        Color[] colours = {new Color(0x1F, 0x4E, 0x79), new Color(0xC5, 0x5A, 0x11), new Color(0x54, 0x82, 0x35)};
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, colours[i % colours.length]);
        }
        if (many) {
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        }
        if (chart.series().size() > 1 && chart.categories().size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(
                    org.jfree.chart.axis.CategoryLabelPositions.UP_90);
        }
        float height = many ? Math.max(CHART_HEIGHT, 28f * chart.categories().size()) : CHART_HEIGHT;
        int scale = 2;
        var image = new BufferedImage((int) CHART_WIDTH * scale, (int) height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            jf.draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH, height));
        } finally {
            g.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Footer on every page; the internal stamp on top of every page under an exact policy. */
    private static final class Stamp extends PdfPageEventHelper {
        private final ReportDocument doc;

        Stamp(ReportDocument doc) {
            this.doc = doc;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var cb = writer.getDirectContent();
            float centre = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    new Phrase(doc.title() + " — page " + writer.getPageNumber(), SMALL), centre,
                    document.bottom() - 25, 0);
            if (doc.internal()) {
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                        new Phrase(new Chunk(DisclosurePolicy.INTERNAL_STAMP, STAMP)), centre,
                        document.top() + 25, 0);
            }
        }
    }
}
