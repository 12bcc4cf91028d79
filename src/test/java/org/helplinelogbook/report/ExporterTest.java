package org.helplinelogbook.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

    @TempDir
    Path dir;

    ReportFixture fx;
    ReportService service;
    PeriodSummary october;

    @BeforeEach
    void open() {
        fx = new ReportFixture(dir);
        service = fx.service();
        fx.seedBusyOctober2026(); // phone 15, self 14
        october = service.summarise(fx.manager, Period.parse("2026-10"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static byte[] export(ExportFormat f, PeriodSummary s, DisclosurePolicy p) {
        var out = new ByteArrayOutputStream();
        Exporter.write(f, s, p, out);
        return out.toByteArray();
    }

    private static byte[] export(ExportFormat f, CampaignImpact c, DisclosurePolicy p) {
        var out = new ByteArrayOutputStream();
        Exporter.write(f, c, p, out);
        return out.toByteArray();
    }

    @Test
    void csvHasTheExactHeaderRowOrderAndPublishedValues() {
        String csv = new String(export(ExportFormat.CSV, october, DisclosurePolicy.DEFAULT), StandardCharsets.UTF_8);
        assertThat(csv).doesNotStartWith("\uFEFF");
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.subList(0, 25)).containsExactly(
                "period,dimension,category,label,contacts,percent",
                "2026-10,total,all,All contacts,20,", // 18 true
                "2026-10,total,data,Data contacts,15,", // 17
                "2026-10,total,non_data,Non-data contacts,*,", // 1
                "2026-10,channel,phone,Phone,15,75", // percent of the published total
                "2026-10,channel,chat,Web chat,*,",
                "2026-10,channel,email,Email,*,",
                "2026-10,caller_type,self,Self,15,75", // 14
                "2026-10,caller_type,family,Family member,*,",
                "2026-10,caller_type,professional,Professional,*,",
                "2026-10,caller_type,silent,Silent or hang-up,*,",
                "2026-10,topic,thoughts,Sexual thoughts about children,*,",
                "2026-10,topic,online,'=1+2 online images,*,",
                "2026-10,topic,children,Worried about a child,*,",
                "2026-10,outcome,advice,Advice given,*,",
                "2026-10,outcome,referral,Referred,*,",
                "2026-10,outcome,callback,Call back arranged,*,",
                // 14: hidden as well, or social media, police and "not recorded" (1 each, all *) would be known to be
                // 1 or 2 each, since data (13–17) minus website (13–17) leaves at most 4 for the three
                "2026-10,source,website,Website,*,",
                "2026-10,source,social_media,Social media,*,",
                "2026-10,source,police,Police,*,",
                "2026-10,caller_group,at_risk,At risk of offending,15,75",
                "2026-10,caller_group,concerned,Concerned others,*,",
                "2026-10,caller_code,with_code,Contacts giving a codeword,*,",
                "2026-10,caller_code,distinct_codes,Different codewords (returning callers),*,",
                "2026-10,meta,policy,Disclosure control,\"counts 1–7 shown as *, others rounded to the nearest 5\",");
        assertThat(lines).contains("2026-10,meta,taxonomy_version,Taxonomy version,7,",
                "2026-10,meta,generated_at,Generated at,2027-01-05T09:30:00Z,", "2026-10,meta,audit_anchor,Audit anchor,none,");
        // retired codes and the "none" buckets are not part of the CSV contract
        assertThat(csv).doesNotContain("sms", "leaflet");
        assertThat(lines).filteredOn(l -> !l.contains(",meta,")).noneMatch(l -> l.contains(",none,"));
        // every data row's contacts value is 0, * or a multiple of 5 from 10
        lines.stream().skip(1).filter(l -> !l.contains(",meta,")).map(l -> l.substring(0, l.lastIndexOf(',')))
                .map(l -> l.substring(l.lastIndexOf(',') + 1))
                .forEach(v -> assertThat(v).matches("0|\\*|[1-9]\\d*[05]"));
        // nothing finer than the period, no codeword hashes, no staff names
        assertThat(csv).doesNotContain("2026-10-05", "h1", "mona", "secret");
    }

    @Test
    void csvInExactModeShowsTrueCountsAndSaysSo() {
        String csv = new String(export(ExportFormat.CSV, october, DisclosurePolicy.EXACT), StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(1)).isEqualTo("2026-10,total,all,All contacts,18,");
        assertThat(lines).contains("2026-10,channel,chat,Web chat,1,5.6",
                "2026-10,caller_code,distinct_codes,Different codewords (returning callers),2,",
                "2026-10,meta,policy,Disclosure control,EXACT — INTERNAL — contains small counts,");
    }

    @Test
    void anExactExportNeverSaysItsFiguresAreRoundedOrHidden() throws Exception {
        // Found opening a one-day INTERNAL report as a funder would: its CSV said "Every figure, totals included, is
        // rounded from its own true value ... * hides a count", and its Totals table "rounded from its true value",
        // beside exact counts of 1 — the reader is told the small counts are safe when they are not.
        String csv = new String(export(ExportFormat.CSV, october, DisclosurePolicy.EXACT), StandardCharsets.UTF_8);
        String pdf = String.join("\n", pdfPages(export(ExportFormat.PDF, october, DisclosurePolicy.EXACT)));
        String xlsx;
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, october,
                DisclosurePolicy.EXACT)))) {
            StringBuilder all = new StringBuilder();
            for (Sheet sheet : wb.getSheets().toList()) {
                all.append(text(sheet)).append('\n');
            }
            xlsx = all.toString();
        }
        for (String shown : List.of(csv, pdf.replace("\n", " "), xlsx)) {
            assertThat(shown).doesNotContain("is rounded from", "rounded from its true value", "* hides");
        }
        assertThat(csv).contains("2026-10,meta,note,How to read the figures,\"Exact counts for internal use");
    }

    @Test
    void aOneDayInternalReportNamesItsDayOnceAndCountsOneContactInTheSingular() throws Exception {
        // Found opening a one-day INTERNAL PDF: "Helpline contacts: 5 November 2026 – 5 November 2026" and
        // "1 contacts timed".
        PeriodSummary day = service.summarise(fx.manager, Period.parse("2026-10-01..2026-10-01"));
        String page = pdfPages(export(ExportFormat.PDF, day, DisclosurePolicy.EXACT)).get(0).replace("\n", " ");

        assertThat(page).contains("Helpline contacts: 1 October 2026", "1 contact timed")
                .doesNotContain("1 October 2026 – 1 October 2026", "1 contacts timed");
    }

    @Test
    void aOneDayReportNamesItsDaysInWordsOnItsChartsAndColumns() throws Exception {
        // The chart's legend said "1 October 2026" in a space too small for it (cut to "1 October 20…"), and the
        // spreadsheet headed its columns with the typed range "2026-10-01..2026-10-01".
        PeriodSummary day = service.summarise(fx.manager, Period.parse("2026-10-01..2026-10-01"));
        ReportDocument doc = Documents.summary(day, DisclosurePolicy.EXACT);
        assertThat(doc.frontCharts().get(0).series()).extracting(ReportDocument.Series::name)
                .containsExactly("1 Oct 2026", "1 Oct 2025");
        assertThat(doc.frontCharts().get(0).title()).isEqualTo("Contacts on 1 Oct 2026 and a year earlier");

        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, day, DisclosurePolicy.EXACT)))) {
            String all = wb.getSheets().map(sheet -> {
                try {
                    return text(sheet);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining("\n"));
            assertThat(all).contains("Totals — 1 Oct 2026 — ", "Change is against 1 Oct 2025.")
                    .doesNotContain("..");
        }
        PeriodSummary week = service.summarise(fx.manager, Period.parse("2026-10-05..2026-10-11"));
        assertThat(Documents.summary(week, DisclosurePolicy.EXACT).frontCharts().get(0).series())
                .extracting(ReportDocument.Series::name)
                .containsExactly("5 Oct 2026 – 11 Oct 2026", "5 Oct 2025 – 11 Oct 2025");
    }

    @Test
    void chartLegendsNameQuartersAndFinancialYearsShortly() {
        assertThat(Documents.shortPeriodName(Period.parse("2026-Q3"))).isEqualTo("Jul–Sept 2026");
        assertThat(Documents.shortPeriodName(Period.parse("FY2026-27"))).isEqualTo("Apr 2026 – Mar 2027");
        assertThat(Documents.shortPeriodName(Period.parse("2026-10"))).isEqualTo("October 2026");
    }

    @Test
    void xlsxReadsBackWithACoverAndOneSheetPerDimension() throws Exception {
        byte[] bytes = export(ExportFormat.XLSX, october, DisclosurePolicy.DEFAULT);
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Read me", "Totals", "Durations", "Channel",
                    "Caller type", "Topic", "Outcome", "Source", "Caller group");
            Map<String, String> cover = sheets.get(0).read().stream().filter(r -> r.getCellCount() > 1)
                    .collect(Collectors.toMap(r -> r.getCellText(0), r -> r.getCellText(1), (a, b) -> a));
            assertThat(cover).containsEntry("Period", "2026-10")
                    .containsEntry("Disclosure control", DisclosurePolicy.DEFAULT.describe())
                    .containsEntry("Taxonomy version", "7")
                    .containsEntry("Generated at", "5 Jan 2027, 09:30:00 UTC");
            assertThat(text(sheets.get(0))).doesNotContain("INTERNAL");

            List<Row> channel = sheets.get(3).read();
            Row header = row(channel, XlsxExport.HEADER_ROW);
            assertThat(header.getCellText(0)).isEqualTo("Code");
            Row phone = row(channel, XlsxExport.HEADER_ROW + 1);
            assertThat(phone.getCellText(0)).isEqualTo("phone");
            assertThat(phone.getCellAsNumber(2)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(15));
            assertThat(row(channel, XlsxExport.HEADER_ROW + 2).getCellText(2)).isEqualTo("*");
            assertThat(text(sheets.get(3))).contains("Text message (retired)");

            // a taxonomy label beginning with "=" is defused
            assertThat(text(sheets.get(5))).contains("'=1+2 online images");
            for (Sheet s : sheets) {
                for (Row r : s.read()) {
                    for (int c = 0; c < r.getCellCount(); c++) {
                        String t = r.getCellText(c);
                        if (t != null && !t.isEmpty() && !t.matches("[+-]?\\d+(\\.\\d+)?%?")) {
                            assertThat(t.charAt(0)).isNotIn('=', '+', '-', '@', '\t', '\r');
                        }
                    }
                }
            }
        }
    }

    @Test
    void aPeriodNotOverGivesNoChangeAgainstTheWholeOfLastYearAndSaysWhy() throws Exception {
        // Made on 20 October: October's figures so far against the whole of October 2025 read as a fall that is not
        // there (an outside check of the exports found "change -16%" on a financial year made in December).
        var published = fx.serviceOn(Instant.parse("2026-10-20T12:00:00Z"))
                .publish(fx.manager, Period.parse("2026-10"), DisclosurePolicy.DEFAULT);
        PeriodSummary soFar = published.summary();
        assertThat(soFar.lastYear().period()).isEqualTo(Period.parse("2025-10")); // an export keeps the whole month
        String pdf = String.join("\n", pdfPages(export(ExportFormat.PDF, soFar, DisclosurePolicy.DEFAULT)));
        assertThat(pdf).contains("This period was not over when the report was made (20 Oct 2026)",
                "n/a (not over yet)").doesNotContain("Change is against");
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(
                export(ExportFormat.XLSX, soFar, DisclosurePolicy.DEFAULT)))) {
            Sheet totals = wb.getSheets().filter(sh -> sh.getName().equals("Totals")).findFirst().orElseThrow();
            Row all = row(totals.read(), XlsxExport.HEADER_ROW + 1);
            assertThat(all.getCellText(0)).isEqualTo("All contacts");
            assertThat(all.getCellText(3)).isEqualTo("n/a");
            assertThat(text(totals)).contains("This period was not over when the report was made");
        }
        // On screen the same days are compared (1-20 October 2025), which is fair: the change is given.
        PeriodSummary onScreen = fx.serviceOn(Instant.parse("2026-10-20T12:00:00Z"))
                .summarise(fx.manager, Period.parse("2026-10"));
        assertThat(String.join("\n", pdfPages(export(ExportFormat.PDF, onScreen, DisclosurePolicy.DEFAULT))))
                .contains("1 October 2025 – 20 October 2025").doesNotContain("not over");
        // Once it is over (the fixture's clock, January 2027), the change is given as before.
        assertThat(String.join("\n", pdfPages(export(ExportFormat.PDF, october, DisclosurePolicy.DEFAULT))))
                .doesNotContain("not over", "Not over");
    }

    @Test
    void xlsxInExactModeStampsEverySheet() throws Exception {
        byte[] bytes = export(ExportFormat.XLSX, october, DisclosurePolicy.EXACT);
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet s : wb.getSheets().toList()) {
                assertThat(row(s.read(), 1).getCellText(0)).as(s.getName())
                        .isEqualTo(DisclosurePolicy.INTERNAL_STAMP);
            }
            Row chat = row(wb.findSheet("Channel").orElseThrow().read(), XlsxExport.HEADER_ROW + 2);
            assertThat(chat.getCellAsNumber(2)).hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(1));
        }
    }

    @Test
    void pdfHasExtractableTextAndNoStampUnderControl() throws Exception {
        List<String> pages = pdfPages(export(ExportFormat.PDF, october, DisclosurePolicy.DEFAULT));
        assertThat(pages).hasSizeBetween(2, 4);
        // en-GB like every other date on the page (it said "2027-01-05T09:30:00Z"); the CSV keeps ISO for machines
        assertThat(pages.get(0)).contains("October 2026", "Taxonomy version", "Generated at", "5 Jan 2027, 09:30:00 UTC",
                "rounded to the nearest 5");
        assertThat(String.join("\n", pages)).contains("Contacts by channel", "Phone", "Web chat")
                .doesNotContain("INTERNAL", "secret", "mona", "2026-10-05");
    }

    @Test
    void pdfInExactModeStampsEveryPage() throws Exception {
        List<String> pages = pdfPages(export(ExportFormat.PDF, october, DisclosurePolicy.EXACT));
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("INTERNAL"));
    }

    static List<String> pdfPages(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        var reader = new PdfReader(pdf);
        try {
            var extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(extractor.getTextFromPage(i));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    /** The row at a 0-based index (the reader leaves out empty rows). */
    private static Row row(List<Row> rows, int index) {
        return rows.stream().filter(r -> r.getRowNum() == index + 1).findFirst().orElseThrow();
    }

    static String text(Sheet sheet) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Row r : sheet.read()) {
            for (int c = 0; c < r.getCellCount(); c++) {
                sb.append(r.getCellText(c)).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void campaignExportsInAllFormatsWithControlAndNoNotes() throws Exception {
        fx.campaign("=HYPERLINK(\"http://evil\") radio", "2026-06-01", "2026-06-14", "1000");
        for (int i = 0; i < 10; i++) {
            fx.simple(LocalDateTime.parse("2026-05-18T10:00").plusDays(i / 5 * 7 + i % 5));
        }
        for (int i = 0; i < 30; i++) {
            fx.contact(LocalDateTime.parse("2026-06-01T09:00").plusHours(i * 11), "phone", "self", true,
                    i < 20 ? "social_media" : "website", List.of(), List.of(), 60, null);
        }
        CampaignImpact c = service.campaignImpact(fx.manager, "=HYPERLINK(\"http://evil\") radio", 0);

        String csv = new String(export(ExportFormat.CSV, c, DisclosurePolicy.DEFAULT), StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("campaign,phase,dimension,category,label,value");
        String name = "\"'=HYPERLINK(\"\"http://evil\"\") radio\"";
        assertThat(lines).contains(name + ",before,total,data,Data contacts 2026-05-18 to 2026-05-31,10",
                name + ",before,week,2026-05-18,Week 2026-05-18 to 2026-05-24,*",
                name + ",during,total,data,Data contacts 2026-06-01 to 2026-06-14,30",
                name + ",during,source,social_media,Social media,20",
                name + ",all,impact,uplift_percent,\"Uplift (weekly mean, during vs before)\",+200%",
                name + ",all,impact,cost_per_additional_contact,Cost per additional contact,GBP 50.00");
        assertThat(lines).anyMatch(l -> l.startsWith(name + ",after,total,data,") && l.endsWith(",0"))
                .anyMatch(l -> l.contains(",cost_explained,"));
        assertThat(csv).doesNotContain("secret note");
        lines.stream().skip(1).filter(l -> !l.contains(",all,impact,") && !l.contains(",meta,"))
                .map(l -> l.substring(l.lastIndexOf(',') + 1))
                .forEach(v -> assertThat(v).matches("0|\\*|[1-9]\\d*[05]"));

        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, c,
                DisclosurePolicy.DEFAULT)), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            assertThat(wb.getSheets().map(Sheet::getName).toList())
                    .containsExactly("Read me", "Impact", "Weekly", "By source", "By caller group");
            String cover = text(wb.getFirstSheet());
            assertThat(cover).contains("'=HYPERLINK").doesNotContain("secret note");
            // the uplift and the cost are numbers a spreadsheet can use, formatted as a change and as money
            Map<String, Row> impact = wb.findSheet("Impact").orElseThrow().read().stream()
                    .filter(r -> r.getCellCount() > 1)
                    .collect(Collectors.toMap(r -> r.getCellText(0), r -> r, (a, b) -> a));
            var uplift = impact.get("Uplift (weekly mean, during vs before)").getCell(1);
            assertThat(uplift.asNumber().doubleValue()).isEqualTo(2.0);
            assertThat(uplift.getDataFormatString()).startsWith("+0%");
            var cost = impact.get("Cost per additional contact").getCell(1);
            assertThat(cost.asNumber().doubleValue()).isEqualTo(50.0);
            assertThat(cost.getDataFormatString()).contains("GBP");
        }
        List<String> pages = pdfPages(export(ExportFormat.PDF, c, DisclosurePolicy.EXACT));
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("INTERNAL"));
        assertThat(String.join("\n", pages)).contains("Campaign impact", "200.0%").doesNotContain("secret note");
    }

    @Test
    void campaignTablesOnPaperUseEnGbDatesAndWordsNotCodes() throws Exception {
        // Page 1 said "28 Aug – 24 Sept" while the tables under it said "2023-08-28", "before", "2023-09-24".
        fx.campaign("Radio", "2026-06-01", "2026-06-14", "1000");
        for (int i = 0; i < 30; i++) {
            fx.simple(LocalDateTime.parse("2026-06-01T09:00").plusHours(i * 11));
        }
        CampaignImpact c = service.campaignImpact(fx.manager, "Radio", 0);
        String pdf = String.join("\n", pdfPages(export(ExportFormat.PDF, c, DisclosurePolicy.DEFAULT)));

        assertThat(pdf).contains("Contacts during (1 Jun 2026 to 14 Jun 2026)", "Before 18 May 2026", "24 May 2026")
                .doesNotContain("2026-06-01", "2026-05-18", "before 2026");
        String csv = new String(export(ExportFormat.CSV, c, DisclosurePolicy.DEFAULT), StandardCharsets.UTF_8);
        assertThat(csv).contains("Radio,before,week,2026-05-18,Week 2026-05-18 to 2026-05-24,"); // for machines
    }
}
