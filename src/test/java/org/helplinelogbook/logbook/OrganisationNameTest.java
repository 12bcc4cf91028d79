package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ExportFormat;
import org.helplinelogbook.report.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation's name: a manager setting that heads every export. */
class OrganisationNameTest {

    @TempDir
    Path dir;

    @TempDir
    Path out;

    @Test
    void managersNameTheOrganisationAndEveryExportCarriesIt() throws Exception {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            assertThat(logbook.settings().organisationName()).isEqualTo("Helpline");
            logbook.settings().changeOrganisationName("  Stop It Now   Scotland ");
            assertThat(logbook.settings().organisationName()).isEqualTo("Stop It Now Scotland");
            assertThatThrownBy(() -> logbook.settings().changeOrganisationName("x".repeat(81)))
                    .isInstanceOf(LogbookException.class).hasMessageContaining("80");
            assertThatThrownBy(() -> logbook.settings().changeOrganisationName("Line one\nline two"))
                    .isInstanceOf(LogbookException.class).hasMessageContaining("one line");
            logbook.contacts().saveAll(TestLogbooks.contacts(3, LocalDateTime.of(2026, 3, 10, 12, 0)), "test");
            for (ExportFormat f : ExportFormat.values()) {
                logbook.exports().exportPeriod(Period.parse("2026-03"), f, DisclosurePolicy.DEFAULT,
                        out.resolve("march." + f.extension()));
            }
            assertThat(Files.readString(out.resolve("march.csv")))
                    .contains("2026-03,meta,organisation,Organisation,Stop It Now Scotland,");
            assertThat(String.join("\n", ReportFilesTest.pdfPages(out.resolve("march.pdf"))))
                    .contains("Stop It Now Scotland");
        }
        try (Logbook worker = TestLogbooks.openAsWorker(dir)) {
            assertThatThrownBy(() -> worker.settings().changeOrganisationName("Someone else"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
