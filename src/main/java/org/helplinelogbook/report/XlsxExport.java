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
 * exact policy every sheet carries the internal stamp in its second row and in its printed header and footer.
 */
final class XlsxExport {

    /** Row where each table sheet's column headers are. */
    static final int HEADER_ROW = 4;
    static final String READ_ME = "Read me";
    private static final String HEADER_FILL = "E8EEF4";

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
        ws.width(1, 80);
        stamp(ws, doc);
    }

    private static void table(Worksheet ws, ReportDocument doc, DisclosurePolicy policy, Table t) {
        text(ws, 0, 0, t.title() + " — " + doc.periodLabel() + " — " + doc.organisation());
        ws.style(0, 0).bold().fontSize(12).set();
        stampRow(ws, doc, policy);
        text(ws, 2, 0, String.join(" ", t.notes()));
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
        for (int c = 0; c < headers.size(); c++) {
            ws.width(c, Math.min(60, Math.max(10, widths[c] + 3)));
        }
        // the title, stamp and notes rows stay in view with the column headers
        ws.freezePane(0, HEADER_ROW + 1);
        ws.repeatRows(HEADER_ROW);
        stamp(ws, doc);
    }

    private static void stampRow(Worksheet ws, ReportDocument doc, DisclosurePolicy policy) {
        text(ws, 1, 0, doc.internal() ? DisclosurePolicy.INTERNAL_STAMP : policy.describe());
        if (doc.internal()) {
            ws.style(1, 0).bold().fontColor("C00000").set();
        }
    }

    private static void stamp(Worksheet ws, ReportDocument doc) {
        // printed on A4, as wide as one page, the column headers repeated on every printed page
        ws.paperSize(PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        if (doc.internal()) {
            ws.header(DisclosurePolicy.INTERNAL_STAMP, Position.CENTER);
            ws.footer(DisclosurePolicy.INTERNAL_STAMP, Position.CENTER);
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
