package org.helplinelogbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

    ReportFixture fx;
    ReportService service;

    @BeforeEach
    void open() {
        fx = new ReportFixture(dir);
        service = new ReportService(fx.store, ReportFixture.LONDON,
                Clock.fixed(Instant.parse("2027-01-05T09:30:00Z"), ZoneOffset.UTC));
        fx.seedOctober2026();
        for (int i = 0; i < 12; i++) {
            fx.simple(LocalDateTime.parse("2026-10-05T10:00").plusHours(i));
        }
        fx.campaign("Autumn radio", "2026-10-05", "2026-10-11", "300");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private void demo() {
        fx.store.writeAll(r -> r.settings().put(LogbookSettings.DEMO_LOGBOOK, "true"));
    }

    private byte[] export(ExportFormat f, DisclosurePolicy p) {
        var out = new ByteArrayOutputStream();
        service.export(fx.manager, Period.parse("2026-10"), f, p, out);
        return out.toByteArray();
    }

    private byte[] campaign(ExportFormat f) {
        var out = new ByteArrayOutputStream();
        service.exportCampaign(fx.manager, "Autumn radio", 0, f, DisclosurePolicy.DEFAULT, out);
        return out.toByteArray();
    }

    @Test
    void everyWrappedCellSitsInARowTallEnoughForItsLines() throws Exception {
        for (byte[] xlsx : List.of(export(ExportFormat.XLSX, DisclosurePolicy.DEFAULT), campaign(ExportFormat.XLSX))) {
            Map<String, String> parts = parts(xlsx);
            try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                List<Sheet> sheets = wb.getSheets().toList();
                int checked = 0;
                for (int i = 0; i < sheets.size(); i++) {
                    String xml = parts.get("xl/worksheets/sheet" + (i + 1) + ".xml");
                    Map<Integer, Double> heights = rowHeights(xml);
                    Map<Integer, Double> widths = columnWidths(xml);
                    for (Row r : sheets.get(i).read()) {
                        for (int c = 0; c < r.getCellCount(); c++) {
                            String text = r.getCellText(c);
                            // the Read me's values (column B) and each table's notes (row 3, across the table)
                            double width = i == 0 && c == 1 ? widths.get(2)
                                    : i > 0 && r.getRowNum() == 3 && c == 0 ? tableWidth(widths) : 0;
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
                assertThat(checked).as("long wrapped texts in the workbook").isGreaterThan(3);
            }
        }
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
        demo();
        for (byte[] xlsx : List.of(export(ExportFormat.XLSX, DisclosurePolicy.DEFAULT),
                export(ExportFormat.XLSX, DisclosurePolicy.EXACT), campaign(ExportFormat.XLSX))) {
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
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, DisclosurePolicy.EXACT)))) {
            for (Sheet s : wb.getSheets().toList()) {
                String stamp = s.read().stream().filter(r -> r.getRowNum() == 2).findFirst().orElseThrow().getCellText(0);
                assertThat(stamp).contains("DEMO DATA", DisclosurePolicy.INTERNAL_STAMP);
            }
        }
    }

    @Test
    void aRealLogbooksWorkbookSaysNoDemo() throws Exception {
        byte[] xlsx = export(ExportFormat.XLSX, DisclosurePolicy.DEFAULT);
        for (String part : parts(xlsx).values()) {
            assertThat(part).doesNotContain("DEMO");
        }
    }

    @Test
    void aDemoLogbooksPdfSaysDemoOnEveryPageAndItsCsvSaysSo() throws Exception {
        demo();
        for (byte[] pdf : List.of(export(ExportFormat.PDF, DisclosurePolicy.DEFAULT), campaign(ExportFormat.PDF))) {
            List<String> pages = HiddenTablesTest.pdfPages(pdf);
            assertThat(pages).hasSizeGreaterThan(1)
                    .allSatisfy(p -> assertThat(p).contains(Documents.DEMO_STAMP));
        }
        for (byte[] csv : List.of(export(ExportFormat.CSV, DisclosurePolicy.DEFAULT), campaign(ExportFormat.CSV))) {
            assertThat(new String(csv, StandardCharsets.UTF_8)).contains("demo_logbook", Documents.DEMO_NOTE);
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
        Matcher m = Pattern.compile("<row ([^>]*)>").matcher(xml);
        while (m.find()) {
            Matcher r = Pattern.compile("\\br=\"(\\d+)\"").matcher(m.group(1));
            Matcher ht = Pattern.compile("\\bht=\"([\\d.]+)\"").matcher(m.group(1));
            if (r.find() && ht.find()) {
                out.put(Integer.parseInt(r.group(1)), Double.parseDouble(ht.group(1)));
            }
        }
        return out;
    }

    /** Column number (1-based) to its width in characters. */
    private static Map<Integer, Double> columnWidths(String xml) {
        Map<Integer, Double> out = new HashMap<>();
        Matcher m = Pattern.compile("<col ([^>]*)/?>").matcher(xml);
        while (m.find()) {
            Matcher min = Pattern.compile("\\bmin=\"(\\d+)\"").matcher(m.group(1));
            Matcher max = Pattern.compile("\\bmax=\"(\\d+)\"").matcher(m.group(1));
            Matcher w = Pattern.compile("\\bwidth=\"([\\d.]+)\"").matcher(m.group(1));
            if (min.find() && max.find() && w.find()) {
                for (int c = Integer.parseInt(min.group(1)); c <= Integer.parseInt(max.group(1)); c++) {
                    out.put(c, Double.parseDouble(w.group(1)));
                }
            }
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
