package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.logbook.CampaignService.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignServiceTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;

    @Test
    void addEditDeleteAreAudited() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var service = logbook.campaigns();
            int before = service.list().size();
            Campaign added = service.add(input("Spring radio", START, START.plusDays(30), "1200.50"));
            assertThat(service.list()).hasSize(before + 1);
            assertThat(added.currency()).isEqualTo("GBP");

            service.edit(added.id(), input("Spring radio and bus stops", START, START.plusDays(40), "1500"));
            assertThat(service.list()).extracting(Campaign::name).contains("Spring radio and bus stops");

            service.delete(added.id());
            assertThat(service.list()).hasSize(before);
            assertThat(logbook.auditLog().actions())
                    .contains("campaign_add", "campaign_edit", "campaign_delete");
            assertThat(logbook.verification().verifyAudit()).isEmpty();
        }
    }

    @Test
    void validatesNameDatesAndCost() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            var service = logbook.campaigns();
            service.add(input("Unique", START, START, "0"));
            assertThatThrownBy(() -> service.add(input("unique", START, START, "0")))
                    .isInstanceOf(LogbookException.class).hasMessageContaining("already a campaign");
            assertThatThrownBy(() -> service.add(input("Backwards", START, START.minusDays(1), "0")))
                    .isInstanceOf(LogbookException.class).hasMessageContaining("ends on or after");
            assertThatThrownBy(() -> service.add(input("Negative", START, START, "-1")))
                    .isInstanceOf(LogbookException.class).hasMessageContaining("zero or more");
            assertThatThrownBy(() -> service.add(input(" ", START, START, null)))
                    .isInstanceOf(LogbookException.class).hasMessageContaining("name");
            assertThat(CampaignService.problems(input("Fine", START, START, null))).isEmpty();
        }
    }

    @Test
    void workersMayListButNotChange() {
        TestLogbooks.createWithWorker(dir).close();
        try (Logbook worker = TestLogbooks.openAsWorker(dir)) {
            assertThat(worker.campaigns().list()).isNotNull();
            assertThatThrownBy(() -> worker.campaigns().add(input("Mine", START, START, "1")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> worker.campaigns().delete(1))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static Input input(String name, LocalDate start, LocalDate end, String cost) {
        return new Input(name, start, end, cost == null ? null : new BigDecimal(cost), null, "Radio", null);
    }
}
