package org.helplinelogbook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.LogbookTestAccess;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardViewModelTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final Clock APRIL = Clock.fixed(Instant.parse("2026-04-15T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Logbook logbook;
    List<ContactFilter> opened = new ArrayList<>();
    DashboardViewModel vm;

    @BeforeEach
    void open() {
        logbook = DashboardFixture.create(dir);
        DashboardFixture.seedMonth(logbook, MARCH);
        vm = new DashboardViewModel(logbook, new DirectTaskRunner(), opened::add, APRIL);
        vm.refresh();
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void defaultsToTheLastCompleteMonth() {
        assertThat(vm.periodProperty().get()).isEqualTo(Period.month(MARCH));
        assertThat(vm.text(DashboardViewModel.Text.TITLE).get()).isEqualTo("March 2026");
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.status().messageProperty().get()).isEmpty();
    }

    @Test
    void figuresAreThePolicysCells() {
        DisclosurePolicy p = DisclosurePolicy.DEFAULT;
        assertThat(vm.text(DashboardViewModel.Text.TOTAL).get()).isEqualTo(p.cell(16)).isEqualTo("15");
        assertThat(vm.text(DashboardViewModel.Text.DATA_CONTACTS).get()).isEqualTo("15");
        assertThat(vm.text(DashboardViewModel.Text.NON_DATA_CONTACTS).get()).isEqualTo("0");
        assertThat(vm.bars(Dimension.CHANNEL)).extracting(Figures.Bar::code, Figures.Bar::shown)
                .startsWith(org.assertj.core.groups.Tuple.tuple("phone", "15"),
                        org.assertj.core.groups.Tuple.tuple("chat", "*"),
                        org.assertj.core.groups.Tuple.tuple("email", "0"));
        assertThat(vm.bars(Dimension.CHANNEL)).extracting(Figures.Bar::length).startsWith(15L, 0L, 0L);
        assertThat(shown(Dimension.CALLER_TYPE, "at_risk")).isEqualTo(p.cell(13)).isEqualTo("15");
        assertThat(shown(Dimension.CALLER_TYPE, "family_friend")).isEqualTo(p.cell(3)).isEqualTo("*");
        assertThat(shown(Dimension.CALLER_TYPE, "offended_online")).isEqualTo("0");
        assertThat(shown(Dimension.SOURCE, "internet_search")).isEqualTo("15");
        assertThat(shown(Dimension.CALLER_GROUP, "own_behaviour")).isEqualTo("15");
        assertThat(vm.text(DashboardViewModel.Text.MEDIAN_MINUTES).get()).isEqualTo("10");
        assertThat(vm.text(DashboardViewModel.Text.POLICY_LINE).get()).contains("counts 1–7 shown as *");
    }

    @Test
    void heatMapCellsAreSuppressedToo() {
        // 13 contacts on Tuesday 3 March at 10:00, 3 on Tuesday 10 March at 10:00: 16 in that cell.
        assertThat(vm.heat()).hasSize(7 * 24);
        assertThat(vm.heat()).filteredOn(c -> c.dayOfWeek() == 2 && c.hour() == 10)
                .extracting(DashboardViewModel.Cell::shown).containsExactly("15");
        assertThat(vm.heat()).filteredOn(c -> c.dayOfWeek() == 1 && c.hour() == 10)
                .extracting(DashboardViewModel.Cell::shown).containsExactly("0");
    }

    @Test
    void exactToggleShowsTrueCountsAndRaisesTheInternalFlag() {
        assertThat(vm.internalProperty().get()).isFalse();
        vm.exactProperty().set(true);

        assertThat(vm.internalProperty().get()).isTrue();
        assertThat(vm.text(DashboardViewModel.Text.TOTAL).get()).isEqualTo("16");
        assertThat(shown(Dimension.CHANNEL, "chat")).isEqualTo("3");
        assertThat(shown(Dimension.CALLER_TYPE, "at_risk")).isEqualTo("13");
        assertThat(vm.text(DashboardViewModel.Text.POLICY_LINE).get()).contains("INTERNAL");
        assertThat(LogbookTestAccess.store(logbook).read(r -> r.audit().last()).orElseThrow().action()).isEqualTo("dashboard_exact");

        vm.exactProperty().set(false);
        assertThat(vm.text(DashboardViewModel.Text.TOTAL).get()).isEqualTo("15");
    }

    @Test
    void comparesWithTheSamePeriodLastYearThroughThePolicy() {
        // 16 now (shown 15) against 8 (shown 10): +50 % of the published figures.
        assertThat(vm.text(DashboardViewModel.Text.COMPARISON).get())
                .isEqualTo("Compared with the same period last year (March 2025): 10 contacts, change +50%.");
        vm.exactProperty().set(true);
        assertThat(vm.text(DashboardViewModel.Text.COMPARISON).get()).contains("8 contacts, change +100.0%");
    }

    @Test
    void clickingACategoryOpensTheLogOnThePeriodAndCategory() {
        var from = LocalDate.of(2026, 3, 1).atStartOfDay(DashboardFixture.LONDON).toInstant();
        var to = LocalDate.of(2026, 4, 1).atStartOfDay(DashboardFixture.LONDON).toInstant();
        vm.open(Dimension.CALLER_TYPE, "at_risk");
        vm.open(Dimension.SOURCE, "police");
        vm.openData(false);

        assertThat(opened).containsExactly(
                new ContactFilter(from, to, null, "at_risk", null, null, null, null, null, null),
                new ContactFilter(from, to, null, null, null, null, null, "police", null, null),
                new ContactFilter(from, to, null, null, null, null, null, null, null, false));
        assertThat(to).isEqualTo(Instant.parse("2026-03-31T23:00:00Z")); // BST began on 29 March
    }

    @Test
    void otherKindsOfPeriod() {
        vm.kindProperty().set(Period.Kind.QUARTER);
        assertThat(vm.periodProperty().get()).isEqualTo(Period.quarter(2026, 1));
        assertThat(vm.text(DashboardViewModel.Text.TOTAL).get()).isEqualTo("15");
        vm.kindProperty().set(Period.Kind.FINANCIAL_YEAR);
        assertThat(vm.periodProperty().get()).isEqualTo(Period.financialYear(2025));
        assertThat(vm.text(DashboardViewModel.Text.TITLE).get()).isEqualTo("FY 2025–26 (April to March)");
        vm.kindProperty().set(Period.Kind.RANGE);
        vm.rangeFromProperty().set(LocalDate.of(2026, 3, 5));
        vm.rangeToProperty().set(LocalDate.of(2026, 3, 31));
        assertThat(vm.periodProperty().get()).isEqualTo(Period.range(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 31)));
        assertThat(vm.text(DashboardViewModel.Text.TOTAL).get()).isEqualTo("*");
        // a range of days is an internal view: the screen says it cannot be exported except as exact figures
        assertThat(vm.text(DashboardViewModel.Text.POLICY_LINE).get()).contains("internal view", "exact figures");
    }

    @Test
    void aPeriodOfFewContactsShowsEveryFigureOfItsTablesAsAStarZerosToo() {
        // 5–31 March holds the three contacts of 10 March: a hidden total, so no 0 may say what they did not have
        vm.kindProperty().set(Period.Kind.RANGE);
        vm.rangeFromProperty().set(LocalDate.of(2026, 3, 5));
        vm.rangeToProperty().set(LocalDate.of(2026, 3, 31));
        assertThat(vm.text(DashboardViewModel.Text.TOTAL).get()).isEqualTo("*");
        assertThat(vm.text(DashboardViewModel.Text.NON_DATA_CONTACTS).get()).isEqualTo("*");
        assertThat(vm.text(DashboardViewModel.Text.WITH_CODE).get()).isEqualTo("*");
        // as in the exports: "n/a" beside a hidden count would say that none of them was timed
        assertThat(vm.text(DashboardViewModel.Text.MEDIAN_MINUTES).get()).isEqualTo("*");
        assertThat(vm.text(DashboardViewModel.Text.P90_MINUTES).get()).isEqualTo("*");
        for (Dimension d : List.of(Dimension.CHANNEL, Dimension.CALLER_TYPE, Dimension.SOURCE,
                Dimension.CALLER_GROUP)) {
            assertThat(vm.bars(d)).as(d.code()).isNotEmpty().extracting(Figures.Bar::shown).containsOnly("*");
            assertThat(vm.bars(d)).extracting(Figures.Bar::length).containsOnly(0L);
        }
        // the whole month has a shown total: its zeros are true zeros
        vm.kindProperty().set(Period.Kind.MONTH);
        vm.periodProperty().set(Period.month(MARCH));
        assertThat(shown(Dimension.CHANNEL, "email")).isEqualTo("0");
    }

    @Test
    void aWorkerIsRefused() {
        logbook.accounts().add("worker1", Role.WORKER, "another long password".toCharArray());
        logbook.close();
        logbook = LogbookOpening.open(dir, "worker1", "another long password".toCharArray());

        assertThatThrownBy(() -> new DashboardViewModel(logbook, new DirectTaskRunner(), opened::add, APRIL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new CampaignImpactViewModel(logbook, new DirectTaskRunner())).isInstanceOf(AccessDeniedException.class);
    }

    private String shown(Dimension dimension, String code) {
        return vm.bars(dimension).stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow().shown();
    }
}
