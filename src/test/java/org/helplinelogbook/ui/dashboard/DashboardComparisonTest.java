package org.helplinelogbook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month still under way is compared with the same days a year earlier, not with the whole month (real H2). */
class DashboardComparisonTest {

    static final Clock FOURTH_OF_DECEMBER = Clock.fixed(Instant.parse("2026-12-04T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Logbook logbook;
    DashboardViewModel vm;

    @BeforeEach
    void open() {
        logbook = DashboardFixture.create(dir);
        List<ContactDraft> drafts = new ArrayList<>();
        drafts.addAll(DashboardFixture.data(12, LocalDate.of(2026, 12, 2), "phone", "at_risk", "internet_search"));
        // a year earlier: 8 in the same days (1–4 December), 30 later that month, 5 on the day after "today"
        drafts.addAll(DashboardFixture.data(3, LocalDate.of(2025, 12, 1), "phone", "at_risk", "internet_search"));
        drafts.addAll(DashboardFixture.data(5, LocalDate.of(2025, 12, 4), "phone", "at_risk", "internet_search"));
        drafts.addAll(DashboardFixture.data(5, LocalDate.of(2025, 12, 5), "phone", "at_risk", "internet_search"));
        drafts.addAll(DashboardFixture.data(30, LocalDate.of(2025, 12, 20), "chat", "at_risk", "police"));
        logbook.contacts().saveAll(drafts, "test");
        vm = new DashboardViewModel(logbook, new DirectTaskRunner(), filter -> { }, FOURTH_OF_DECEMBER);
        vm.refresh();
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void theMonthUnderWayIsComparedWithTheSameDaysLastYearAndSaysSo() {
        assertThat(vm.periodProperty().get()).isEqualTo(Period.month(YearMonth.of(2026, 12)));
        vm.exactProperty().set(true);

        // 12 against the 8 of 1–4 Dec 2025 (not the 43 of the whole month): +50 %
        assertThat(vm.text(DashboardViewModel.Text.TITLE).get()).isEqualTo("December 2026");
        assertThat(vm.text(DashboardViewModel.Text.COMPARISON).get()).isEqualTo("So far (to 4 Dec 2026), compared"
                + " with the same days last year (1–4 Dec 2025): 8 contacts, change +50.0%.");
    }

    @Test
    void aFinishedMonthIsStillComparedWithTheWholeMonth() {
        vm.kindProperty().set(Period.Kind.MONTH);
        vm.periodProperty().set(Period.month(YearMonth.of(2026, 11)));
        vm.exactProperty().set(true);

        assertThat(vm.text(DashboardViewModel.Text.COMPARISON).get())
                .isEqualTo("Compared with the same period last year (November 2025): 0 contacts, change n/a.");
    }
}
