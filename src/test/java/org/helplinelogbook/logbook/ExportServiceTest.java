package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ExportFormat;
import org.helplinelogbook.report.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one export use case the desktop and the CLI share: role, atomic write, hash and the same audit fields. */
class ExportServiceTest {

    @TempDir
    Path dir;

    @TempDir
    Path out;

    Logbook logbook;

    @BeforeEach
    void open() {
        logbook = TestLogbooks.createWithWorker(dir);
        logbook.contacts().saveAll(TestLogbooks.contacts(12, LocalDateTime.of(2026, 3, 10, 12, 0)), "test");
    }

    @AfterEach
    void close() {
        if (!logbook.isClosed()) {
            logbook.close();
        }
    }

    @Test
    void writesThePeriodAtomicallyAndAuditsItsHash() throws Exception {
        Path target = out.resolve("march.csv");
        var done = logbook.exports().exportPeriod(Period.parse("2026-03"), ExportFormat.CSV, DisclosurePolicy.DEFAULT,
                target);

        assertThat(done.file()).isEqualTo(target.toAbsolutePath());
        assertThat(Files.readAllLines(target).get(0)).isEqualTo("period,dimension,category,label,contacts,percent");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("march.csv");
        }
        AuditEntry audit = lastAudit();
        assertThat(audit.action()).isEqualTo(AuditActions.EXPORT);
        assertThat(audit.fields()).isEqualTo("format,period,policy");
        assertThat(audit.counts()).isEqualTo("format=csv,sha256=" + done.sha256());
    }

    @Test
    void auditsACampaignAsACampaign() {
        logbook.campaigns().add(new CampaignService.Input("Spring push", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 15), BigDecimal.ZERO, "GBP", null, null));
        var done = logbook.exports().exportCampaign("Spring push", 0, ExportFormat.CSV,
                new DisclosurePolicy(1, 1, true), out.resolve("campaign.csv"));

        assertThat(done.exact()).isTrue();
        assertThat(lastAudit().fields()).isEqualTo("format,campaign,policy");
        assertThat(lastAudit().counts()).startsWith("format=csv,exact,sha256=");
    }

    @Test
    void aMissingFolderLeavesNoFileAndNoAudit() {
        long before = lastAudit().seq();
        Path target = out.resolve("no-such-folder").resolve("march.csv");

        assertThatThrownBy(() -> logbook.exports().exportPeriod(Period.parse("2026-03"), ExportFormat.CSV,
                DisclosurePolicy.DEFAULT, target))
                .isInstanceOfSatisfying(ExportService.NotWritten.class, e -> {
                    assertThat(e.target()).isEqualTo(target);
                    assertThat(e.kind()).isEqualTo(LogbookException.Kind.INVALID_INPUT);
                });
        assertThat(lastAudit().seq()).isEqualTo(before);
    }

    @Test
    void workersCannotExport() {
        logbook.close();
        logbook = TestLogbooks.openAsWorker(dir);
        Path target = out.resolve("march.csv");

        assertThatThrownBy(() -> logbook.exports().exportPeriod(Period.parse("2026-03"), ExportFormat.CSV,
                DisclosurePolicy.DEFAULT, target)).isInstanceOf(AccessDeniedException.class);
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void aRangeOfDaysIsRefusedUnderControlBeforeAnyFileIsStartedAndWrittenWhenExact() throws Exception {
        long auditBefore = lastAudit().seq();
        Path day = out.resolve("one-day.csv");
        assertThatThrownBy(() -> logbook.exports().exportPeriod(Period.parse("2026-03-10..2026-03-10"),
                ExportFormat.CSV, DisclosurePolicy.DEFAULT, day))
                .isInstanceOf(LogbookException.class).hasCauseInstanceOf(org.helplinelogbook.report.OffGridPeriodException.class)
                .hasMessageContaining("not a published period").hasMessageContaining("2026-03").hasMessageContaining("2026-Q1").hasMessageContaining("FY2025-26");
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        assertThat(lastAudit().seq()).isEqualTo(auditBefore);

        var exact = logbook.exports().exportPeriod(Period.parse("2026-03-10..2026-03-10"), ExportFormat.CSV,
                DisclosurePolicy.EXACT, day);
        assertThat(exact.exact()).isTrue();
        assertThat(Files.readString(day)).contains("INTERNAL");
    }

    private AuditEntry lastAudit() {
        return logbook.store().read(r -> r.audit().last()).orElseThrow();
    }
}
