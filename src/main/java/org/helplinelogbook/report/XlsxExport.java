package org.helplinelogbook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ReportDocument.Cell;
import org.helplinelogbook.report.ReportDocument.Meta;
import org.helplinelogbook.report.ReportDocument.Table;

/**
 * XLSX: a "Read me" sheet (organisation, period, policy, what {@code *} means, why parts need not add up), then one
 * sheet per table. Counts, percentages, changes and money are numeric cells with number formats ({@code 0},
 * {@code 0%}, {@code +0%;-0%;0%}), so a manager can chart and sum them; {@code *}, {@code n/a} and every other
 * text go through {@link FormulaGuard}. Column headers are frozen and columns sized to their contents. Under an
 * exact policy every sheet carries the internal stamp in its second row and in its printed header and footer, and a
 * demo logbook's workbook says DEMO DATA in the same places. Wrapped text (the Read me's values, each table's notes)
 * gets a row tall enough for its lines: spreadsheets do not grow a row for wrapped text they did not lay out
 * themselves, and LibreOffice drew such a row over the next one.
 */
final class XlsxExport {

    /** Row where each table sheet's column headers are. */
    static final int HEADER_ROW = 4;
    static final String READ_ME = "Read me";
    private static final String HEADER_FILL = "E8EEF4";
    /** The default row height (points) of the workbook's 11-point font: one line of text. */
    static final double LINE_HEIGHT = 15;
    static final int README_VALUE_WIDTH = 80;

    private XlsxExport() {}

    static void write(ReportDocument doc, DisclosurePolicy policy, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Helpline Logbook", "1.0");
            Set<String> names = new HashSet<>();
            readMe(wb.newWorksheet(sheetName(READ_ME, names)), doc, policy);
            for (Table t : doc.tables()) {
                table(wb.newWorksheet(sheetName(t.sheetName(), names)), doc, policy, t);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the XLSX export", e);
        }
    }

    private static void readMe(Worksheet ws, ReportDocument doc, DisclosurePolicy policy) {
        text(ws, 0, 0, doc.organisation() + " — " + doc.title());
        ws.style(0, 0).bold().fontSize(14).set();
        stampRow(ws, doc, policy);
        int r = 3;
        for (Meta m : doc.cover()) {
            text(ws, r, 0, m.label());
            ws.style(r, 0).bold().verticalAlignment("top").set();
            text(ws, r, 1, m.value());
            ws.style(r, 1).wrapText(true).verticalAlignment("top").set();
            fitRow(ws, r, m.value(), README_VALUE_WIDTH);
            r++;
        }
        r++;
        text(ws, r, 0, "Sheets");
        ws.style(r, 0).bold().set();
        for (Table t : doc.tables()) {
            text(ws, r, 1, t.sheetName() + ": " + t.title().toLowerCase(Locale.ROOT));
            r++;
        }
        ws.width(0, 28);
        ws.width(1, README_VALUE_WIDTH);
        stamp(ws, doc);
    }

    private static void table(Worksheet ws, ReportDocument doc, DisclosurePolicy policy, Table t) {
        text(ws, 0, 0, t.title() + " — " + doc.periodLabel() + " — " + doc.organisation());
        ws.style(0, 0).bold().fontSize(12).set();
        stampRow(ws, doc, policy);
        List<String> headers = t.headers();
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            text(ws, HEADER_ROW, c, headers.get(c));
            ws.style(HEADER_ROW, c).bold().fillColor(HEADER_FILL).borderStyle("thin").wrapText(true).set();
            widths[c] = Math.max(widths[c], headers.get(c).length());
        }
        int row = HEADER_ROW + 1;
        for (List<Cell> cells : t.rows()) {
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (cell.number() != null) {
                    ws.value(row, c, cell.number());
                    var style = ws.style(row, c);
                    if (cell.format() != null) {
                        style = style.format(cell.format());
                    }
                    style.set();
                } else {
                    text(ws, row, c, cell.text());
                    if (DisclosurePolicy.SUPPRESSED.equals(cell.text())
                            || Documents.NOT_AVAILABLE.equals(cell.text())) {
                        ws.style(row, c).horizontalAlignment("right").set();
                    }
                }
                if (c < widths.length) {
                    widths[c] = Math.max(widths[c], cell.text().length());
                }
            }
            row++;
        }
        int tableWidth = 0;
        for (int c = 0; c < headers.size(); c++) {
            int w = Math.min(60, Math.max(10, widths[c] + 3));
            ws.width(c, w);
            tableWidth += w;
        }
        // the notes wrap across the table's width, in a row as tall as their lines
        String notes = String.join(" ", t.notes());
        text(ws, 2, 0, notes);
        ws.range(2, 0, 2, headers.size() - 1).merge();
        ws.style(2, 0).wrapText(true).verticalAlignment("top").set();
        fitRow(ws, 2, notes, tableWidth);
        // the title, stamp and notes rows stay in view with the column headers
        ws.freezePane(0, HEADER_ROW + 1);
        ws.repeatRows(HEADER_ROW);
        stamp(ws, doc);
    }

    private static void stampRow(Worksheet ws, ReportDocument doc, DisclosurePolicy policy) {
        String stamp = doc.stamp();
        // a demo workbook under control keeps the policy beside its stamp; an exact one's policy is the stamp
        text(ws, 1, 0, stamp == null ? policy.describe() : doc.internal() ? stamp : stamp + " · " + policy.describe());
        if (stamp != null) {
            ws.style(1, 0).bold().fontColor("C00000").set();
        }
    }

    /**
     * Makes row {@code row} tall enough for {@code text} wrapped in {@code widthChars} characters (a column width
     * counts characters of the default font): the lines a greedy word wrap gives, one {@link #LINE_HEIGHT} each.
     */
    static void fitRow(Worksheet ws, int row, String text, int widthChars) {
        ws.rowHeight(row, Math.max(1, wrappedLines(text, widthChars)) * LINE_HEIGHT);
    }

    /** Lines of {@code text} wrapped at word boundaries to {@code widthChars}, kept a little short of the edge. */
    static int wrappedLines(String text, int widthChars) {
        int capacity = Math.max(1, widthChars - 2);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int need = used == 0 ? word.length() : used + 1 + word.length();
                if (need <= capacity) {
                    used = need;
                } else {
                    // a word longer than a line breaks over as many lines as it needs
                    lines += used == 0 ? 0 : 1;
                    lines += (word.length() - 1) / capacity;
                    used = (word.length() - 1) % capacity + 1;
                }
            }
        }
        return lines;
    }

    private static void stamp(Worksheet ws, ReportDocument doc) {
        // printed on A4, as wide as one page, the column headers repeated on every printed page
        ws.paperSize(PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        String stamp = doc.stamp();
        if (stamp != null) {
            ws.header(stamp, Position.CENTER);
            ws.footer(stamp, Position.CENTER);
        }
    }

    private static void text(Worksheet ws, int row, int col, String value) {
        ws.value(row, col, FormulaGuard.text(value));
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ and unique. */
    static String sheetName(String wanted, Set<String> used) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_");
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
