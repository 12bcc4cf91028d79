package org.helplinelogbook.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.logbook.CampaignService;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.report.PeriodSummary.Granularity;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: the dashboard and Campaign impact already open follow a manager's changes (taxonomy labels, campaigns),
 * and after a lock come back to the period and campaign left.
 */
class DashboardFollowsAndReturnsTest {

    static final Clock APRIL = Clock.fixed(Instant.parse("2026-04-15T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Logbook logbook;
    final List<ContactFilter> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        logbook = DashboardFixture.create(dir);
        DashboardFixture.seedMonth(logbook, YearMonth.of(2026, 3));
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    private DashboardViewModel dashboard() {
        return new DashboardViewModel(logbook, new DirectTaskRunner(), opened::add, APRIL);
    }

    @Test
    void aRelabelledCallerTypeShowsInTheChartsAtOnce() {
        var vm = dashboard();
        vm.refresh();

        logbook.taxonomyService().relabel(Dimension.CALLER_TYPE, "at_risk", "At risk, no offence");

        assertThat(vm.bars(Dimension.CALLER_TYPE)).extracting(Figures.Bar::label).contains("At risk, no offence");
    }

    @Test
    void afterALockTheDashboardComesBackToThePeriodLeftWithoutLookingForTheOpeningMonth() {
        var vm = dashboard();
        vm.refresh();
        vm.kindProperty().set(Period.Kind.QUARTER);
        vm.periodProperty().set(Period.quarter(2025, 4));
        vm.granularityProperty().set(Granularity.MONTH);
        var place = vm.place();

        var after = dashboard();
        after.returnTo(place);
        after.refresh(); // the view's first refresh: it must not move to the opening month

        assertThat(after.kindProperty().get()).isEqualTo(Period.Kind.QUARTER);
        assertThat(after.periodProperty().get()).isEqualTo(Period.quarter(2025, 4));
        assertThat(after.choices()).contains(Period.quarter(2025, 4));
        assertThat(after.granularityProperty().get()).isEqualTo(Granularity.MONTH);
        assertThat(after.loadedProperty().get()).isTrue();
        assertThat(after.exactProperty().get()).as("exact figures are never carried over a lock").isFalse();
    }

    @Test
    void aCustomRangeComesBackToo() {
        var vm = dashboard();
        vm.refresh();
        vm.kindProperty().set(Period.Kind.RANGE);
        vm.rangeFromProperty().set(LocalDate.of(2026, 3, 3));
        vm.rangeToProperty().set(LocalDate.of(2026, 3, 20));

        var after = dashboard();
        after.returnTo(vm.place());

        assertThat(after.kindProperty().get()).isEqualTo(Period.Kind.RANGE);
        assertThat(after.periodProperty().get()).isEqualTo(Period.range(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 20)));
        assertThat(after.rangeFromProperty().get()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void campaignsAddedEditedOrDeletedShowInCampaignImpactAtOnceAndTheChosenOneStays() {
        var impact = new CampaignImpactViewModel(logbook, new DirectTaskRunner());
        impact.loadCampaigns();
        Campaign chosen = impact.campaignProperty().get();

        Campaign added = logbook.campaigns().add(new CampaignService.Input("Winter posters", LocalDate.of(2015, 1, 5),
                LocalDate.of(2015, 1, 25), BigDecimal.TEN, "GBP", null, null));
        assertThat(impact.campaigns()).extracting(Campaign::name).contains("Winter posters");
        assertThat(impact.campaignProperty().get()).isEqualTo(chosen);

        logbook.campaigns().edit(chosen.id(), new CampaignService.Input(chosen.name() + " (TV)", chosen.startsOn(),
                chosen.endsOn(), chosen.cost(), chosen.currency(), chosen.platforms(), chosen.notes()));
        assertThat(impact.campaignProperty().get().name()).isEqualTo(chosen.name() + " (TV)");

        logbook.campaigns().delete(added.id());
        assertThat(impact.campaigns()).extracting(Campaign::name).doesNotContain("Winter posters");
    }

    @Test
    void afterALockCampaignImpactComesBackToTheCampaignAndWeeksLeft() {
        var impact = new CampaignImpactViewModel(logbook, new DirectTaskRunner());
        impact.loadCampaigns();
        Campaign older = impact.campaigns().get(impact.campaigns().size() - 1);
        impact.campaignProperty().set(older);
        impact.weeksProperty().set(3);
        var place = impact.place();

        var after = new CampaignImpactViewModel(logbook, new DirectTaskRunner());
        after.returnTo(place);
        after.loadCampaigns();

        assertThat(after.campaignProperty().get().id()).isEqualTo(older.id());
        assertThat(after.weeksProperty().get()).isEqualTo(3);
    }
}
