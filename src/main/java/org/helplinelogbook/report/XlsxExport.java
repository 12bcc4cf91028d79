package org.helplinelogbook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ReportDocument.Cell;
import org.helplinelogbook.report.ReportDocument.Meta;
import org.helplinelogbook.report.ReportDocument.Table;

/**
 * XLSX: a cover sheet, then one sheet per table. Published counts are numeric cells, {@code *} and every other
 * text goes through {@link FormulaGuard}. Under an exact policy every sheet carries the internal stamp in its
 * second row and in its printed header.
 */
final class XlsxExport {

    /** Row where each table sheet's column headers are. */
    static final int HEADER_ROW = 4;

    private XlsxExport() {}

    static void write(ReportDocument doc, DisclosurePolicy policy, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Helpline Logbook", "1.0");
            Set<String> names = new HashSet<>();
            Worksheet cover = wb.newWorksheet(sheetName("Cover", names));
            text(cover, 0, 0, doc.title());
            cover.style(0, 0).bold().fontSize(14).set();
            text(cover, 1, 0, doc.internal() ? DisclosurePolicy.INTERNAL_STAMP : policy.describe());
            if (doc.internal()) {
                cover.style(1, 0).bold().fontColor("C00000").set();
            }
            int r = 3;
            for (Meta m : doc.cover()) {
                text(cover, r, 0, m.label());
                cover.style(r, 0).bold().set();
                text(cover, r, 1, m.value());
                r++;
            }
            cover.width(0, 22);
            cover.width(1, 80);
            stamp(cover, doc);
            for (Table t : doc.tables()) {
                Worksheet ws = wb.newWorksheet(sheetName(t.sheetName(), names));
                text(ws, 0, 0, t.title() + " — " + doc.periodLabel());
                ws.style(0, 0).bold().fontSize(12).set();
                text(ws, 1, 0, doc.internal() ? DisclosurePolicy.INTERNAL_STAMP : policy.describe());
                if (doc.internal()) {
                    ws.style(1, 0).bold().fontColor("C00000").set();
                }
                text(ws, 2, 0, String.join(" ", t.notes()));
                List<String> headers = t.headers();
                for (int c = 0; c < headers.size(); c++) {
                    text(ws, HEADER_ROW, c, headers.get(c));
                    ws.style(HEADER_ROW, c).bold().set();
                }
                int row = HEADER_ROW + 1;
                for (List<Cell> cells : t.rows()) {
                    for (int c = 0; c < cells.size(); c++) {
                        Cell cell = cells.get(c);
                        if (cell.number() != null) {
                            ws.value(row, c, cell.number());
                        } else {
                            text(ws, row, c, cell.text());
                        }
                    }
                    row++;
                }
                for (int c = 0; c < headers.size(); c++) {
                    ws.width(c, c == 1 ? 36 : 16);
                }
                stamp(ws, doc);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the XLSX export", e);
        }
    }

    private static void stamp(Worksheet ws, ReportDocument doc) {
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
        for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
