package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ExportFormat;
import org.helplinelogbook.report.Period;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports as a funder, a police partner or a trustee would open them, from a demo logbook of a few thousand
 * contacts: the PDF read back with OpenPDF's reader, the workbook with fastexcel-reader. The files are also left
 * in {@code target/report-samples/} to be rendered and looked at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFilesTest {

    static final String ORGANISATION = "Stop It Now Scotland";
    static final Path SAMPLES = Path.of("target", "report-samples");

    Logbook logbook;
    Period month;

    @BeforeAll
    void demo(@TempDir Path dir) throws Exception {
        logbook = TestLogbooks.createWithWorker(dir);
        logbook.settings().change(LogbookSettings.ORGANISATION_NAME, ORGANISATION);
        LocalDate today = LocalDate.now(logbook.zone());
        // the built-in example campaigns reach back years and would spread the demo thin: a busy year instead
        logbook.campaigns().list().forEach(c -> logbook.campaigns().delete(c.id()));
        LocalDate start = today.minusWeeks(10);
        logbook.campaigns().add(new CampaignService.Input("Summer radio", start, start.plusWeeks(3).minusDays(1),
                new BigDecimal("1200"), "GBP", "radio", null));
        logbook.demo().generate(3000, 16, n -> { });
        month = Period.month(YearMonth.from(today).minusMonths(1));
        Files.createDirectories(SAMPLES);
        for (ExportFormat f : ExportFormat.values()) {
            export(month, f, DisclosurePolicy.DEFAULT, "month");
            export(Period.quarter(today.getYear(), 3), f, DisclosurePolicy.DEFAULT, "quarter");
            logbook.exports().exportCampaign("Summer radio", 0, f, DisclosurePolicy.DEFAULT,
                    SAMPLES.resolve("campaign." + f.extension()), true);
        }
        export(month, ExportFormat.PDF, DisclosurePolicy.EXACT, "month-exact");
    }

    private void export(Period p, ExportFormat f, DisclosurePolicy policy, String name) {
        logbook.exports().exportPeriod(p, f, policy, SAMPLES.resolve(name + "." + f.extension()), true);
    }

    @AfterAll
    void close() {
        logbook.close();
    }

    @Test
    void aMonthsPdfIsAShortReportWithTheStoryOnPageOne() throws Exception {
        List<String> pages = pdfPages(SAMPLES.resolve("month.pdf"));
        assertThat(pages).hasSizeBetween(2, 4);
        String first = pages.get(0);
        assertThat(first).contains(ORGANISATION, "Helpline contacts", "All contacts", "Data contacts",
                "How small numbers are protected", "need not add up", "change");
        // the same period a year earlier, named in words
        assertThat(first).contains(YearMonth.from(month.firstDay()).minusYears(1).getMonth()
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size()).contains(ORGANISATION)
                    .doesNotContain("INTERNAL");
        }
        String all = String.join("\n", pages);
        assertThat(all).contains("Contacts by channel", "Contacts by caller type", "Contacts by caller group",
                "Contacts by topic", "Contacts by outcome", "Contacts by source");
        // codes are for machines: the paper shows labels only
        assertThat(all).doesNotContain("protective_actions_agreed", "_");
    }

    @Test
    void eachSectionIsOnOnePage() throws Exception {
        List<String> pages = pdfPages(SAMPLES.resolve("month.pdf"));
        for (String section : List.of("Contacts by channel", "Contacts by caller type", "Contacts by topic",
                "Contacts by outcome", "Contacts by source", "Contacts by caller group")) {
            int page = -1;
            for (int i = 1; i < pages.size(); i++) {
                if (pages.get(i).contains(section)) {
                    page = i;
                }
            }
            assertThat(page).as(section).isPositive();
            // the section's table ends on its own page with its total row
            String after = pages.get(page).substring(pages.get(page).indexOf(section));
            assertThat(after).as(section).contains("Total (");
        }
    }

    @Test
    void exactPdfsAreStampedOnEveryPage() throws Exception {
        List<String> pages = pdfPages(SAMPLES.resolve("month-exact.pdf"));
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("INTERNAL"));
    }

    @Test
    void campaignPdfHasTheImpactAndTheCostExplained() throws Exception {
        List<String> pages = pdfPages(SAMPLES.resolve("campaign.pdf"));
        assertThat(pages).hasSizeBetween(2, 4);
        assertThat(pages.get(0)).contains(ORGANISATION, "Campaign impact: Summer radio", "Uplift",
                "Cost per additional contact", "Data contacts before", "Data contacts during", "Data contacts after",
                "How small numbers are protected");
        assertThat(String.join("\n", pages)).contains("expected at the weekly rate before");
    }

    @Test
    void theWorkbookHoldsNumbersWithFormatsAndAReadMe() throws Exception {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve("month.xlsx"));
                var wb = new ReadableWorkbook(in, new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets.get(0).getName()).isEqualTo("Read me");
            String readMe = text(sheets.get(0));
            assertThat(readMe).contains(ORGANISATION, month.label(), "What * means", "Disclosure control");
            Sheet channel = wb.findSheet("Channel").orElseThrow();
            int numbers = 0;
            int percents = 0;
            for (Row r : channel.read()) {
                if (r.getRowNum() <= 5) {
                    continue;
                }
                Cell contacts = r.getCell(2);
                if (contacts == null) {
                    continue;
                }
                if (contacts.getType() == CellType.NUMBER) {
                    numbers++;
                    assertThat(contacts.getDataFormatString()).isIn(null, "General", "0");
                } else {
                    assertThat(contacts.getText()).isEqualTo("*");
                }
                Cell percent = r.getCell(3);
                if (percent != null && percent.getType() == CellType.NUMBER) {
                    percents++;
                    assertThat(percent.getDataFormatString()).isEqualTo("0%");
                    assertThat(percent.asNumber().doubleValue()).isBetween(0.0, 1.0);
                }
            }
            assertThat(numbers).isGreaterThan(1);
            assertThat(percents).isGreaterThan(1);
            Sheet totals = wb.findSheet("Totals").orElseThrow();
            assertThat(totals.read().stream().filter(r -> r.getCellCount() > 3).map(r -> r.getCell(3))
                    .filter(c -> c != null
                    && c.getType() == CellType.NUMBER).map(Cell::getDataFormatString))
                    .allMatch(f -> f.startsWith("+0%"));
        }
    }

    @Test
    void theCsvCarriesLabelsAndPercentages() throws Exception {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("month.csv"));
        assertThat(lines.get(0)).isEqualTo("period,dimension,category,label,contacts,percent");
        assertThat(lines).anyMatch(l -> l.matches(month.label() + ",channel,phone,Phone,\\d+,\\d+"))
                .anyMatch(l -> l.startsWith(month.label() + ",meta,organisation,Organisation," + ORGANISATION));
    }

    static List<String> pdfPages(Path pdf) throws Exception {
        var reader = new PdfReader(Files.readAllBytes(pdf));
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

    private static String text(Sheet sheet) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Row r : sheet.read()) {
            for (int c = 0; c < r.getCellCount(); c++) {
                sb.append(r.getCellText(c)).append('\n');
            }
        }
        return sb.toString();
    }

    static ZoneId zone() {
        return ZoneId.of("Europe/London");
    }
}
