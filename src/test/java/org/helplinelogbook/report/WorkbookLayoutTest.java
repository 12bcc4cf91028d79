package org.helplinelogbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook as a funder opens it: wrapped text sits in rows tall enough for it (LibreOffice drew the Read me's
 * long values over the rows below), and a demo logbook's export says DEMO on every sheet, in every printed header and
 * footer and on every PDF page, as an exact one says INTERNAL.
 */
class WorkbookLayoutTest {

    @TempDir
    Path dir;

    /** October 2026 and a campaign in it, in a demo logbook or a real one. */
    private ReportFixture october(boolean demo) {
        ReportFixture fx = new ReportFixture(dir);
        fx.seedBusyOctober2026();
        fx.campaign("Autumn radio", "2026-10-05", "2026-10-11", "300");
        fx.store.writeAll(r -> r.settings().put(LogbookSettings.DEMO_LOGBOOK, Boolean.toString(demo)));
        return fx;
    }

    private static byte[] export(ReportFixture fx, ExportFormat f, DisclosurePolicy p) {
        var out = new ByteArrayOutputStream();
        fx.service().export(fx.manager, Period.parse("2026-10"), f, p, out);
        return out.toByteArray();
    }

    private static byte[] campaign(ReportFixture fx, ExportFormat f) {
        var out = new ByteArrayOutputStream();
        fx.service().exportCampaign(fx.manager, "Autumn radio", 0, f, DisclosurePolicy.DEFAULT, out);
        return out.toByteArray();
    }

    @Test
    void everyWrappedCellSitsInARowTallEnoughForItsLines() throws Exception {
        try (ReportFixture fx = october(false)) {
            assertThat(wrappedCellsFit(export(fx, ExportFormat.XLSX, DisclosurePolicy.DEFAULT)))
                    .as("long wrapped texts in the month's workbook").isGreaterThan(3);
            assertThat(wrappedCellsFit(campaign(fx, ExportFormat.XLSX)))
                    .as("long wrapped texts in the campaign's workbook").isGreaterThan(3);
        }
    }

    /**
     * Checks that every long text in a wrapped cell (the Read me's values in column B, each table's notes in row 3
     * across the table) has a row of at least as many lines as its length over its width; returns how many.
     */
    private int wrappedCellsFit(byte[] xlsx) throws Exception {
        Map<String, String> parts = parts(xlsx);
        int checked = 0;
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = wb.getSheets().toList();
            for (int i = 0; i < sheets.size(); i++) {
                String xml = parts.get("xl/worksheets/sheet" + (i + 1) + ".xml");
                Map<Integer, Double> heights = rowHeights(xml);
                Map<Integer, Double> widths = columnWidths(xml);
                for (Row r : sheets.get(i).read()) {
                    boolean readMe = i == 0;
                    String text = r.getCellText(readMe ? 1 : 0);
                    double width = readMe ? widths.get(2) : r.getRowNum() == 3 ? tableWidth(widths) : 0;
                    if (text == null || width == 0 || text.length() <= width) {
                        continue;
                    }
                    int lines = (int) Math.ceil(text.length() / width);
                    assertThat(heights.get(r.getRowNum())).as("%s row %d: %d characters in a column %s wide",
                            sheets.get(i).getName(), r.getRowNum(), text.length(), width)
                            .isNotNull().isGreaterThanOrEqualTo(lines * XlsxExport.LINE_HEIGHT);
                    checked++;
                }
            }
        }
        return checked;
    }

    @Test
    void wrappedLinesAreCountedAtWordBoundaries() {
        assertThat(XlsxExport.wrappedLines("short", 80)).isEqualTo(1);
        assertThat(XlsxExport.wrappedLines("aaaa bbbb cccc", 11)).isEqualTo(2);
        assertThat(XlsxExport.wrappedLines("one\ntwo", 80)).isEqualTo(2);
        assertThat(XlsxExport.wrappedLines("x".repeat(25), 12)).isEqualTo(3);
    }

    @Test
    void aDemoLogbooksWorkbookSaysDemoOnEverySheetAndInEveryPrintedHeaderAndFooter() throws Exception {
        try (ReportFixture fx = october(true)) {
            for (byte[] xlsx : List.of(export(fx, ExportFormat.XLSX, DisclosurePolicy.DEFAULT),
                    export(fx, ExportFormat.XLSX, DisclosurePolicy.EXACT), campaign(fx, ExportFormat.XLSX))) {
                Map<String, String> parts = parts(xlsx);
                try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                    List<Sheet> sheets = wb.getSheets().toList();
                    assertThat(sheets).hasSizeGreaterThan(4);
                    for (int i = 0; i < sheets.size(); i++) {
                        Sheet s = sheets.get(i);
                        String stamp = s.read().stream().filter(r -> r.getRowNum() == 2).findFirst()
                                .map(r -> r.getCellText(0)).orElse("");
                        assertThat(stamp).as(s.getName()).startsWith("DEMO DATA");
                        String xml = parts.get("xl/worksheets/sheet" + (i + 1) + ".xml");
                        assertThat(between(xml, "oddHeader")).as(s.getName() + " printed header").contains("DEMO DATA");
                        assertThat(between(xml, "oddFooter")).as(s.getName() + " printed footer").contains("DEMO DATA");
                    }
                }
            }
            // exact and demo: both stamps
            try (var wb = new ReadableWorkbook(new ByteArrayInputStream(export(fx, ExportFormat.XLSX, DisclosurePolicy.EXACT)))) {
                for (Sheet s : wb.getSheets().toList()) {
                    String stamp = s.read().stream().filter(r -> r.getRowNum() == 2).findFirst().orElseThrow().getCellText(0);
                    assertThat(stamp).contains("DEMO DATA", DisclosurePolicy.INTERNAL_STAMP);
                }
            }
        }
    }

    @Test
    void aRealLogbooksWorkbookSaysNoDemo() throws Exception {
        try (ReportFixture fx = october(false)) {
            byte[] xlsx = export(fx, ExportFormat.XLSX, DisclosurePolicy.DEFAULT);
            for (String part : parts(xlsx).values()) {
                assertThat(part).doesNotContain("DEMO");
            }
        }
    }

    @Test
    void aDemoLogbooksPdfSaysDemoOnEveryPageAndItsCsvSaysSo() throws Exception {
        try (ReportFixture fx = october(true)) {
            for (byte[] pdf : List.of(export(fx, ExportFormat.PDF, DisclosurePolicy.DEFAULT), campaign(fx, ExportFormat.PDF))) {
                List<String> pages = ExporterTest.pdfPages(pdf);
                assertThat(pages).hasSizeGreaterThan(1)
                        .allSatisfy(p -> assertThat(p).contains(Documents.DEMO_STAMP));
            }
            for (byte[] csv : List.of(export(fx, ExportFormat.CSV, DisclosurePolicy.DEFAULT), campaign(fx, ExportFormat.CSV))) {
                assertThat(new String(csv, StandardCharsets.UTF_8)).contains("demo_logbook", Documents.DEMO_NOTE);
            }
        }
    }

    private static double tableWidth(Map<Integer, Double> widths) {
        return widths.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String between(String xml, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(xml);
        return m.find() ? m.group(1) : "";
    }

    /** Row number (1-based) to its height in points, for rows with a height set. */
    private static Map<Integer, Double> rowHeights(String xml) {
        Map<Integer, Double> out = new HashMap<>();
        for (Map<String, String> row : elements(xml, "row")) {
            if (row.containsKey("ht")) {
                out.put(Integer.parseInt(row.get("r")), Double.parseDouble(row.get("ht")));
            }
        }
        return out;
    }

    /** Column number (1-based) to its width in characters. */
    private static Map<Integer, Double> columnWidths(String xml) {
        Map<Integer, Double> out = new HashMap<>();
        for (Map<String, String> col : elements(xml, "col")) {
            for (int c = Integer.parseInt(col.get("min")); c <= Integer.parseInt(col.get("max")); c++) {
                out.put(c, Double.parseDouble(col.get("width")));
            }
        }
        return out;
    }

    /** The attributes of every {@code <tag …>} element in {@code xml}. */
    private static List<Map<String, String>> elements(String xml, String tag) {
        List<Map<String, String>> out = new ArrayList<>();
        Matcher m = Pattern.compile("<" + tag + " ([^>]*?)/?>").matcher(xml);
        while (m.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher a = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(m.group(1));
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            out.add(attributes);
        }
        return out;
    }

    /** Every part of the workbook's zip, by name (read from a file: the entries carry their sizes after them). */
    private Map<String, String> parts(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile(dir, "book", ".xlsx");
        Files.write(file, xlsx);
        Map<String, String> out = new HashMap<>();
        try (var zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (var in = zip.getInputStream(e)) {
                    out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
