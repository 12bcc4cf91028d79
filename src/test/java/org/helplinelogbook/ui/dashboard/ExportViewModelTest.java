package org.helplinelogbook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookTestAccess;
import org.helplinelogbook.report.ExportFormat;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.PathTexts;
import org.helplinelogbook.ui.export.ExportViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path dir;

    @TempDir
    Path out;

    Logbook logbook;
    ExportViewModel vm;

    @BeforeEach
    void open() {
        logbook = DashboardFixture.create(dir);
        DashboardFixture.seedMonth(logbook, YearMonth.of(2026, 3));
        vm = new ExportViewModel(logbook, new DirectTaskRunner());
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void suggestsFileNames() {
        assertThat(ExportViewModel.defaultFileName(Period.parse("2026-10"), ExportFormat.CSV))
                .isEqualTo("helpline-2026-10.csv");
        assertThat(ExportViewModel.defaultFileName(Period.parse("FY2026-27"), ExportFormat.PDF))
                .isEqualTo("helpline-FY2026-27.pdf");
        assertThat(ExportViewModel.defaultFileName("#StopItNow 2019", ExportFormat.XLSX))
                .isEqualTo("campaign-stopitnow-2019.xlsx");
    }

    @Test
    void writesTheCsvUnderThePolicyAndAuditsIt() throws Exception {
        Path target = out.resolve("helpline-2026-03.csv");
        vm.exportPeriod(Period.month(YearMonth.of(2026, 3)), target);

        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo("period,dimension,category,label,contacts,percent");
        assertThat(lines).contains("2026-03,total,all,All contacts,15,");
        assertThat(lines).anyMatch(l -> l.matches("2026-03,channel,chat,[^,]+,\\*,"))
                .anyMatch(l -> l.matches("2026-03,channel,email,[^,]+,0,0"));
        assertThat(vm.savedToProperty().get()).isEqualTo(target.toAbsolutePath());
        assertThat(vm.status().messageProperty().get())
                .isEqualTo("Saved to " + PathTexts.shorten(target.toAbsolutePath().toString(), PathTexts.MAX_CHARS));
        assertThat(vm.status().busyProperty().get()).isFalse();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("helpline-2026-03.csv");
        }
        AuditEntry audit = LogbookTestAccess.store(logbook).read(r -> r.audit().last()).orElseThrow();
        assertThat(audit.action()).isEqualTo("export");
        assertThat(audit.fields()).isEqualTo("format,period,policy");
        // Only the format and the file's hash: no figure of the export (a hex hash may contain "15" by chance).
        assertThat(audit.counts()).matches("format=csv,sha256=[0-9a-f]{64}");
    }

    @Test
    void saysWhereItSavedByTheEndOfALongPathAndKeepsTheWholePath() throws Exception {
        Path deep = Files.createDirectories(out.resolve("Users/samantha.jones/OneDrive - Helpline Trust/Documents"
                + "/Reports for funders/2026"));
        Path target = deep.resolve("helpline-2026-03.pdf");
        vm.formatProperty().set(ExportFormat.PDF);
        vm.exportPeriod(Period.month(YearMonth.of(2026, 3)), target);

        // The whole absolute path ran off (or wrapped across) the dashboard at 1024×600.
        String message = vm.status().messageProperty().get();
        assertThat(message).startsWith("Saved to \u2026/").endsWith("/2026/helpline-2026-03.pdf")
                .hasSizeLessThanOrEqualTo("Saved to ".length() + PathTexts.MAX_CHARS)
                .doesNotContain(out.toString());
        assertThat(vm.savedToProperty().get()).isEqualTo(target.toAbsolutePath()); // for the tooltip and the links
    }

    @Test
    void neverWritesIntoTheLogbooksFolderOrOverItsFiles() throws Exception {
        Path db = dir.resolve("logbook.mv.db");
        byte[] before = Files.readAllBytes(db);

        vm.exportPeriod(Period.month(YearMonth.of(2026, 3)), db);
        assertThat(vm.status().messageProperty().get()).contains("holds logbook data");
        vm.exportPeriod(Period.month(YearMonth.of(2026, 3)), dir.resolve("helpline-2026-03.csv"));
        assertThat(vm.status().messageProperty().get()).contains("inside the logbook's own folder");

        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.exists(dir.resolve("helpline-2026-03.csv"))).isFalse();
        assertThat(vm.savedToProperty().get()).isNull();
    }

    @Test
    void replacesAnOrdinaryFileTheSaveDialogAlreadyAskedAbout() throws Exception {
        Path target = out.resolve("helpline-2026-03.csv");
        Files.writeString(target, "LAST MONTH'S FILE");
        vm.exportPeriod(Period.month(YearMonth.of(2026, 3)), target);
        assertThat(Files.readString(target)).startsWith("period,dimension,category,label,contacts,percent")
                .doesNotContain("LAST MONTH");
    }

    @Test
    void exactExportsAreStampedAndAuditedAsExact() throws Exception {
        vm.exactProperty().set(true);
        Path target = out.resolve("internal.csv");
        vm.exportPeriod(Period.month(YearMonth.of(2026, 3)), target);

        assertThat(Files.readString(target)).contains("2026-03,total,all,All contacts,16,", "EXACT");
        assertThat(vm.status().messageProperty().get()).contains("internal use only");
        assertThat(LogbookTestAccess.store(logbook).read(r -> r.audit().last()).orElseThrow().counts()).startsWith("format=csv,exact,");
    }

    @Test
    void aRangeOfDaysIsExportedOnlyAsExactInternalFigures() throws Exception {
        Period days = Period.range(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6));
        vm.exportPeriod(days, out.resolve("two-days.csv"));
        assertThat(vm.status().messageProperty().get()).contains("not a published period", "2026-03", "2026-Q1");
        assertThat(Files.exists(out.resolve("two-days.csv"))).isFalse();

        vm.exactProperty().set(true);
        vm.exportPeriod(days, out.resolve("two-days.csv"));
        assertThat(Files.readString(out.resolve("two-days.csv"))).contains("INTERNAL");
    }

    @Test
    void refusesAPolicyThatWouldHideSmallCountsAsZero() {
        vm.suppressBelowProperty().set(2);
        vm.roundToProperty().set(10);
        assertThat(vm.policyProblem()).contains("rounded to 0");
        vm.exportPeriod(Period.month(YearMonth.of(2026, 3)), out.resolve("x.csv"));
        assertThat(Files.exists(out.resolve("x.csv"))).isFalse();
    }

    @Test
    void exportsACampaign() throws Exception {
        DashboardFixture.campaign(logbook, "Spring push", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 15), null);
        Path target = out.resolve("campaign.csv");
        vm.exportCampaign("Spring push", 0, target);

        assertThat(Files.readAllLines(target).get(0)).isEqualTo("campaign,phase,dimension,category,label,value");
        assertThat(Files.readString(target)).doesNotContain("never shown");
        assertThat(LogbookTestAccess.store(logbook).read(r -> r.audit().last()).orElseThrow().fields())
                .isEqualTo("format,campaign,policy");
    }
}
