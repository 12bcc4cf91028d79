package org.helplinelogbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The finding from outside: a month of one contact published {@code *} for the categories that contact had and
 * {@code 0} for every other one, so anyone who knew that a person phoned that month learnt their caller type,
 * channel, topics and outcomes. Where a table's total is {@code *}, every figure of it must be {@code *}, zeros
 * too (ADR 0004); where the total is shown, a true zero still reads {@code 0}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HiddenTablesTest {

    static final DisclosurePolicy POLICY = DisclosurePolicy.DEFAULT;
    static final Period JUNE = Period.parse("2026-06");
    static final Period APRIL = Period.parse("2026-04");
    static final String CAMPAIGN = "Summer leaflets";

    ReportFixture fx;
    ReportService service;

    @BeforeAll
    void seed(@TempDir Path dir) {
        fx = new ReportFixture(dir);
        service = fx.service();
        // June 2026 holds one contact: a text message (a retired channel), a family member, from an old leaflet
        // (a retired source), one topic, one outcome, a codeword
        fx.contact(LocalDateTime.parse("2026-06-10T14:00"), "sms", "family", true, "leaflet", List.of("online"),
                List.of("referral"), 700, "h9");
        // June 2025 (last year's column) one as well
        fx.simple(LocalDateTime.parse("2025-06-12T10:00"));
        // April and May 2026: twelve each, all phone, self, website; no email, chat, topics or other sources
        for (int i = 0; i < 12; i++) {
            fx.simple(LocalDateTime.parse("2026-04-02T10:00").plusDays(i));
            fx.simple(LocalDateTime.parse("2026-05-02T10:00").plusDays(i));
        }
        // July 2026 (and so the quarter July–September) holds one contact with no source recorded
        fx.contact(LocalDateTime.parse("2026-07-08T09:00"), "email", "professional", true, null, List.of(),
                List.of("advice"), 300, null);
        // a campaign of one week whose only data contact is June's
        fx.campaign(CAMPAIGN, "2026-06-08", "2026-06-14", "500");
    }

    @AfterAll
    void close() {
        fx.close();
    }

    private byte[] export(Period p, ExportFormat f) {
        var out = new ByteArrayOutputStream();
        service.export(fx.manager, p, f, POLICY, out);
        return out.toByteArray();
    }

    private byte[] exportCampaign(ExportFormat f) {
        var out = new ByteArrayOutputStream();
        service.exportCampaign(fx.manager, CAMPAIGN, 0, f, POLICY, out);
        return out.toByteArray();
    }

    /** The contacts column of a period CSV's figure rows, keyed dimension/category. */
    private static Map<String, String> csvFigures(byte[] csv) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : new String(csv, StandardCharsets.UTF_8).split("\r\n")) {
            String[] f = line.split(",", -1);
            if (f[0].equals("period") || f[1].equals("meta")) {
                continue;
            }
            out.put(f[1] + "/" + f[2], f[4]);
            assertThat(f[5]).as("no percentage beside a hidden total: " + line).isIn("");
        }
        return out;
    }

    @Test
    void aMonthOfOneContactShowsOnlyStarsInTheCsv() {
        Map<String, String> june = csvFigures(export(JUNE, ExportFormat.CSV));
        assertThat(june).hasSizeGreaterThan(20).containsEntry("channel/email", "*").containsEntry("topic/thoughts", "*");
        assertThat(june.values()).as("every figure of June, zeros included").containsOnly("*");
        String csv = new String(export(JUNE, ExportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains("every figure is *, zeros too");
    }

    @Test
    void aMonthOfEnoughContactsStillShowsTrueZeros() {
        Map<String, String> april = exportWithPercent(APRIL);
        assertThat(april).containsEntry("total/all", "10").containsEntry("channel/phone", "10")
                .containsEntry("channel/email", "0").containsEntry("channel/chat", "0")
                .containsEntry("topic/thoughts", "0").containsEntry("total/non_data", "0");
    }

    /** April's figures, with the percentages (which a shown total allows) left unchecked. */
    private Map<String, String> exportWithPercent(Period p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : new String(export(p, ExportFormat.CSV), StandardCharsets.UTF_8).split("\r\n")) {
            String[] f = line.split(",", -1);
            if (!f[0].equals("period") && !f[1].equals("meta")) {
                out.put(f[1] + "/" + f[2], f[4]);
            }
        }
        return out;
    }

    @Test
    void aMonthOfOneContactShowsNoZeroInAnySheet() throws Exception {
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(export(JUNE, ExportFormat.XLSX)))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).hasSizeGreaterThan(6);
            for (Sheet s : sheets.subList(1, sheets.size())) {
                List<Row> rows = s.read().stream().filter(r -> r.getRowNum() > XlsxExport.HEADER_ROW + 1).toList();
                assertThat(rows).as(s.getName()).isNotEmpty();
                for (Row r : rows) {
                    for (Cell c : r) {
                        if (c == null) {
                            continue;
                        }
                        assertThat(c.getType()).as(s.getName() + " " + c.getAddress() + " holds no number")
                                .isNotEqualTo(CellType.NUMBER);
                        assertThat(c.getText()).as(s.getName() + " " + c.getAddress()).isNotEqualTo("0");
                    }
                }
            }
            Sheet channel = wb.findSheet("Channel").orElseThrow();
            assertThat(ExporterTest.text(channel)).contains("Email", "*", Documents.TABLE_HIDDEN);
            for (Sheet s : sheets) {
                assertThat(ExporterTest.text(s)).as("a retired code's row in " + s.getName() + " would say someone had it")
                        .doesNotContain("(retired)");
            }
            assertThat(ExporterTest.text(sheets.get(0))).contains(Documents.WHOLE_TABLE);
        }
        // April: a shown total, a true zero is a numeric 0
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(export(APRIL, ExportFormat.XLSX)))) {
            Row email = wb.findSheet("Channel").orElseThrow().read().stream()
                    .filter(r -> "email".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(email.getCellAsNumber(2)).hasValueSatisfying(v -> assertThat(v.intValue()).isZero());
        }
    }

    @Test
    void aMonthOfOneContactShowsNoZeroOnPaper() throws Exception {
        List<String> pages = ExporterTest.pdfPages(export(JUNE, ExportFormat.PDF));
        assertThat(pages.get(0).replaceAll("\\s+", " ")).contains("every figure in that table is *, zeros included");
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i).replace("A 0 means there were none.", "");
            assertThat(page.split("\\s+")).as("page " + (i + 1) + ":\n" + page).doesNotContain("0", "0%");
        }
        assertThat(String.join("\n", pages)).contains("Contacts by channel", "Email").doesNotContain("(retired)");
        List<String> april = ExporterTest.pdfPages(export(APRIL, ExportFormat.PDF));
        assertThat(String.join("\n", april.subList(1, april.size())).split("\\s+")).contains("0");
    }

    @Test
    void theQuarterAndYearAroundTheMonthLeaveItsFiguresHiddenAndShowTheirOwnZeros() {
        Map<String, OptionalLong> june = service.publish(fx.manager, JUNE, POLICY).figures().all();
        assertThat(june.values()).containsOnly(OptionalLong.empty());
        Map<String, String> quarter = exportWithPercent(Period.parse("2026-Q2"));
        assertThat(quarter).containsEntry("total/all", "25").containsEntry("channel/email", "0")
                .containsEntry("caller_type/family", "*");
        Map<String, String> year = exportWithPercent(Period.parse("FY2026-27"));
        assertThat(year).containsEntry("total/all", "25").containsEntry("topic/thoughts", "0");
        // the quarter and the year were protected with June as it is published on its own
        assertThat(service.publish(fx.manager, JUNE, POLICY).figures().all()).isEqualTo(june);
    }

    @Test
    void aQuarterOfOneContactIsHiddenWhole() {
        Map<String, String> q3 = csvFigures(export(Period.parse("2026-Q3"), ExportFormat.CSV));
        assertThat(q3.values()).containsOnly("*");
        // the year beside it has a total, so its zeros are true zeros
        assertThat(exportWithPercent(Period.parse("FY2026-27"))).containsEntry("channel/email", "*")
                .containsEntry("caller_type/silent", "0");
    }

    @Test
    void aCampaignWindowOfOneContactShowsOnlyStars() throws Exception {
        List<String> during = new ArrayList<>();
        for (String line : new String(exportCampaign(ExportFormat.CSV), StandardCharsets.UTF_8).split("\r\n")) {
            String[] f = line.split(",", -1);
            if (f[1].equals("during")) {
                during.add(f[f.length - 1]);
            }
        }
        assertThat(during).hasSizeGreaterThan(5).containsOnly("*");
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(exportCampaign(ExportFormat.XLSX)))) {
            for (String sheet : List.of("By source", "By caller group")) {
                for (Row r : wb.findSheet(sheet).orElseThrow().read()) {
                    if (r.getRowNum() > XlsxExport.HEADER_ROW + 1) {
                        assertThat(r.getCellText(3)).as(sheet + " during, row " + r.getRowNum()).isEqualTo("*");
                    }
                }
            }
            for (Row r : wb.findSheet("Weekly").orElseThrow().read()) {
                if (r.getRowNum() > XlsxExport.HEADER_ROW + 1 && "during".equals(r.getCellText(0))) {
                    assertThat(r.getCellText(4)).isEqualTo("*");
                }
            }
        }
        String paper = String.join("\n", ExporterTest.pdfPages(exportCampaign(ExportFormat.PDF))).replaceAll("\\s+", " ");
        assertThat(paper).contains("every figure of that window is hidden too").doesNotContain("(retired)");
    }

}
