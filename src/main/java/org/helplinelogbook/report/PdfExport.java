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
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ReportDocument.Cell;
import org.helplinelogbook.report.ReportDocument.Chart;
import org.helplinelogbook.report.ReportDocument.KeyFigure;
import org.helplinelogbook.report.ReportDocument.Meta;
import org.helplinelogbook.report.ReportDocument.Table;

/**
 * PDF (A4) as a short report a trustee would read. Page 1 tells the story: the organisation, the period, the key
 * figures with the same period a year earlier, one or two charts, a plain-English box on how small numbers are
 * protected, and the report's details. Then one section per table, the table and its chart side by side, each
 * section kept whole on one page. One type scale (18 / 12 / 9 / 8 pt), the Okabe–Ito palette, page numbers on
 * every page, and under an exact policy the internal stamp at the top of every page (a demo logbook's report says
 * DEMO DATA there).
 */
final class PdfExport {

    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x55, 0x5F, 0x6B);
    private static final Color ACCENT = ChartPainter.PALETTE[0];
    private static final Color PANEL = new Color(0xF2, 0xF5, 0xF8);
    private static final Color BOX = new Color(0xFF, 0xF6, 0xE0);
    private static final Color RULE = new Color(0xD0, 0xD6, 0xDC);

    private static final Font TITLE = font(FontFactory.HELVETICA_BOLD, 18, INK);
    private static final Font ORGANISATION = font(FontFactory.HELVETICA_BOLD, 12, ACCENT);
    private static final Font HEADING = font(FontFactory.HELVETICA_BOLD, 12, INK);
    private static final Font KEY = font(FontFactory.HELVETICA_BOLD, 18, INK);
    private static final Font BODY = font(FontFactory.HELVETICA, 9, INK);
    private static final Font BOLD = font(FontFactory.HELVETICA_BOLD, 9, INK);
    private static final Font SMALL = font(FontFactory.HELVETICA, 8, MUTED);
    private static final Font SMALL_BOLD = font(FontFactory.HELVETICA_BOLD, 8, MUTED);
    private static final Font STAMP = font(FontFactory.HELVETICA_BOLD, 10, new Color(0xC0, 0, 0));

    private static final float MARGIN = 40;
    private static final float GAP = 10;

    private PdfExport() {}

    static void write(ReportDocument doc, DisclosurePolicy policy, OutputStream out) {
        Document pdf = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN + 12, MARGIN + 16);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Frame(doc));
            pdf.addTitle(doc.title());
            pdf.addAuthor(doc.organisation());
            pdf.addCreator("Helpline Logbook");
            pdf.open();
            float width = pdf.right() - pdf.left();
            front(pdf, doc, width);
            boolean first = true;
            for (Table t : doc.tables()) {
                if (!t.onPaper()) {
                    continue;
                }
                if (first) {
                    pdf.newPage();
                    first = false;
                }
                pdf.add(section(t, width));
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the PDF export", e);
        }
    }

    // ---- Page 1

    private static void front(Document pdf, ReportDocument doc, float width) throws DocumentException {
        pdf.add(new Paragraph(doc.organisation(), ORGANISATION));
        Paragraph title = new Paragraph(doc.title(), TITLE);
        title.setSpacingBefore(2);
        pdf.add(title);
        Paragraph dates = new Paragraph(doc.dates(), SMALL);
        dates.setSpacingAfter(8);
        pdf.add(dates);
        if (doc.internal()) {
            Paragraph stamp = new Paragraph(DisclosurePolicy.INTERNAL_STAMP + ": for use inside the service only",
                    STAMP);
            stamp.setSpacingAfter(6);
            pdf.add(stamp);
        }
        pdf.add(keyFigures(doc.keyFigures()));
        List<Chart> charts = doc.frontCharts();
        if (!charts.isEmpty()) {
            PdfPTable row = new PdfPTable(charts.size());
            row.setWidthPercentage(100);
            row.setSpacingBefore(12);
            float each = (width - GAP * (charts.size() - 1)) / charts.size();
            for (Chart c : charts) {
                row.addCell(chartCell(c, each - 4, charts.size() == 1));
            }
            pdf.add(row);
        }
        pdf.add(protectionBox(doc.protection()));
        pdf.add(details(doc));
    }

    private static PdfPTable keyFigures(List<KeyFigure> figures) {
        int columns = figures.size() <= 4 ? figures.size() : 3;
        // 5 or 6 figures: two rows of three
        PdfPTable t = new PdfPTable(columns);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        for (KeyFigure k : figures) {
            PdfPCell c = new PdfPCell();
            c.setBackgroundColor(PANEL);
            c.setBorderColor(Color.WHITE);
            c.setBorderWidth(3);
            c.setPadding(7);
            c.addElement(new Paragraph(k.label(), SMALL_BOLD));
            Paragraph value = new Paragraph(k.value(), KEY);
            value.setSpacingBefore(1);
            c.addElement(value);
            Paragraph detail = new Paragraph(k.detail(), SMALL);
            detail.setSpacingBefore(2);
            c.addElement(detail);
            t.addCell(c);
        }
        for (int i = figures.size(); i % columns != 0; i++) {
            PdfPCell empty = new PdfPCell();
            empty.setBorder(Rectangle.NO_BORDER);
            t.addCell(empty);
        }
        t.setKeepTogether(true);
        return t;
    }

    private static PdfPCell chartCell(Chart chart, float width, boolean wide) {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(2);
        c.addElement(new Paragraph(chart.title(), BOLD));
        ChartPainter.Painted painted = columnsFit(chart)
                ? ChartPainter.columns(chart, width, wide ? 170 : 150)
                : ChartPainter.horizontal(chart, width);
        c.addElement(image(painted));
        return c;
    }

    /** Few categories or a time series read best upright; long lists of labels read best as rows. */
    private static boolean columnsFit(Chart chart) {
        return chart.seriesByCategory() || chart.categories().size() <= 3;
    }

    private static PdfPTable protectionBox(List<String> paragraphs) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(12);
        PdfPCell c = new PdfPCell();
        c.setBackgroundColor(BOX);
        c.setBorderColor(new Color(0xE6, 0x9F, 0x00));
        c.setBorderWidth(0.75f);
        c.setPadding(8);
        c.addElement(new Paragraph("How small numbers are protected", BOLD));
        for (String p : paragraphs) {
            Paragraph para = new Paragraph(p, BODY);
            para.setSpacingBefore(3);
            c.addElement(para);
        }
        t.addCell(c);
        t.setKeepTogether(true);
        return t;
    }

    private static final Set<String> DETAILS = Set.of("Disclosure control", "Taxonomy version", "Generated at",
            "Audit anchor", "Contents", "Compared with", "Counts", "Cost", "Cost per additional contact",
            Documents.NOT_OVER);

    private static PdfPTable details(ReportDocument doc) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {1.3f, 4});
        t.setWidthPercentage(100);
        t.setSpacingBefore(12);
        PdfPCell head = new PdfPCell(new Phrase("About this report", SMALL_BOLD));
        head.setColspan(2);
        head.setBorder(Rectangle.BOTTOM);
        head.setBorderColor(RULE);
        head.setPaddingBottom(4);
        t.addCell(head);
        for (Meta m : doc.cover()) {
            if (!DETAILS.contains(m.label())) {
                continue;
            }
            t.addCell(plain(m.label(), SMALL_BOLD));
            t.addCell(plain(m.value(), SMALL));
        }
        t.setKeepTogether(true);
        return t;
    }

    // ---- Sections

    /** A heading, its notes, and the table beside its chart, kept on one page. */
    private static PdfPTable section(Table t, float width) throws DocumentException {
        PdfPTable outer = new PdfPTable(1);
        outer.setWidthPercentage(100);
        outer.setSpacingAfter(14);
        outer.setKeepTogether(true);
        PdfPCell heading = plain(t.title(), HEADING);
        heading.setBorder(Rectangle.BOTTOM);
        heading.setBorderColor(RULE);
        heading.setPaddingBottom(5);
        outer.addCell(heading);
        PdfPCell notes = plain(String.join(" ", t.notes()), SMALL);
        notes.setPaddingTop(3);
        notes.setPaddingBottom(6);
        outer.addCell(notes);
        PdfPTable data = dataTable(t);
        PdfPCell body;
        // a series over time (the campaign's weeks) is drawn large on page 1; here the table has the full width
        if (t.chart() != null && !t.chart().categories().isEmpty() && !t.chart().seriesByCategory()) {
            PdfPTable side = new PdfPTable(new float[] {52, 48});
            side.setWidthPercentage(100);
            PdfPCell left = new PdfPCell(data);
            left.setBorder(Rectangle.NO_BORDER);
            left.setPaddingRight(GAP);
            side.addCell(left);
            float chartWidth = width * 0.48f - 4;
            PdfPCell right = new PdfPCell();
            right.setBorder(Rectangle.NO_BORDER);
            right.addElement(image(ChartPainter.horizontal(t.chart(), chartWidth)));
            side.addCell(right);
            body = new PdfPCell(side);
        } else {
            PdfPTable narrow = new PdfPTable(1);
            narrow.setWidthPercentage(100);
            PdfPCell only = new PdfPCell(data);
            only.setBorder(Rectangle.NO_BORDER);
            narrow.addCell(only);
            body = new PdfPCell(narrow);
        }
        body.setBorder(Rectangle.NO_BORDER);
        outer.addCell(body);
        return outer;
    }

    private static PdfPTable dataTable(Table t) throws DocumentException {
        int skip = t.codeColumn() ? 1 : 0;
        int columns = t.headers().size() - skip;
        float[] widths = new float[columns];
        widths[0] = columns <= 2 ? 3 : columns == 3 ? 2.6f : 2.2f;
        for (int i = 1; i < columns; i++) {
            widths[i] = 1;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int i = skip; i < t.headers().size(); i++) {
            PdfPCell c = plain(t.headers().get(i), BOLD);
            c.setBackgroundColor(PANEL);
            c.setPadding(4);
            if (i > skip) {
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(c);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            boolean total = r == t.rows().size() - 1 && row.get(skip).text().startsWith("Total");
            for (int i = skip; i < row.size(); i++) {
                Cell cell = row.get(i);
                PdfPCell c = plain(cell.text(), total ? BOLD : BODY);
                c.setBorder(Rectangle.BOTTOM);
                c.setBorderColor(RULE);
                c.setPadding(3.5f);
                if (i > skip) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(c);
            }
        }
        return table;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setLeading(0, 1.25f);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(2);
        return c;
    }

    private static Image image(ChartPainter.Painted painted) {
        try {
            Image image = Image.getInstance(painted.png());
            image.scaleAbsolute(painted.width(), painted.height());
            image.setSpacingBefore(4);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("could not place a chart in the PDF export", e);
        }
    }

    private static Font font(String name, float size, Color colour) {
        return FontFactory.getFont(name, BaseFont.WINANSI, size, Font.NORMAL, colour);
    }

    /** The footer (organisation, title, "Page n of m") on every page; the internal stamp on top when exact. */
    private static final class Frame extends PdfPageEventHelper {
        private static final float TOTAL_WIDTH = 14;
        private final ReportDocument doc;
        private PdfTemplate total;
        private BaseFont base;

        Frame(ReportDocument doc) {
            this.doc = doc;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            base = SMALL.getCalculatedBaseFont(false);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float y = document.bottom() - 22;
            cb.setColorStroke(RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(document.left(), y + 12);
            cb.lineTo(document.right(), y + 12);
            cb.stroke();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                    new Phrase(doc.organisation() + " · " + doc.title(), SMALL), document.left(), y, 0);
            // "Page 2 of " now, the total written into the template when the document closes
            String page = "Page " + writer.getPageNumber() + " of";
            float left = document.right() - TOTAL_WIDTH - base.getWidthPoint(page, SMALL.getSize());
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(page, SMALL), left, y, 0);
            cb.addTemplate(total, document.right() - TOTAL_WIDTH, y);
            String stamp = doc.stamp();
            if (stamp != null) {
                ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(new Chunk(stamp, STAMP)),
                        (document.left() + document.right()) / 2, document.top() + 18, 0);
            }
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(base, SMALL.getSize());
            total.setColorFill(MUTED);
            total.setTextMatrix(0, 0);
            // the writer has moved on to the page after the last one by now
            total.showText(" " + (writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
