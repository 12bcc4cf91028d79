package org.helplinelogbook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.SummaryRepository;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.CampaignImpact.Phase;
import org.helplinelogbook.report.PeriodSummary.Granularity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {

    @TempDir
    Path dir;

    ReportFixture fx;
    ReportService service;

    @BeforeEach
    void open() {
        fx = new ReportFixture(dir);
        service = new ReportService(fx.store, ReportFixture.LONDON,
                Clock.fixed(Instant.parse("2027-01-05T09:30:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void exactCountsOnAFixtureWithKnownAnswers() {
        fx.seedOctober2026();
        PeriodSummary s = service.summarise(fx.manager, Period.parse("2026-10"));

        assertThat(s.totals()).isEqualTo(new SummaryRepository.Totals(6, 5, 1));
        assertThat(s.taxonomyVersion()).isEqualTo(7);
        assertThat(s.generatedAt()).isEqualTo(Instant.parse("2027-01-05T09:30:00Z"));
        assertThat(s.auditAnchor()).isEqualTo("none");

        Breakdown channel = s.breakdown(Dimension.CHANNEL);
        assertThat(channel.dataOnly()).isFalse();
        assertThat(channel.basis()).isEqualTo(6);
        assertThat(channel.rows()).extracting(CategoryCount::code, CategoryCount::count, CategoryCount::active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("phone", 3L, true),
                        org.assertj.core.groups.Tuple.tuple("chat", 1L, true),
                        org.assertj.core.groups.Tuple.tuple("email", 1L, true),
                        org.assertj.core.groups.Tuple.tuple("sms", 1L, false));
        assertThat(channel.activeRows()).extracting(CategoryCount::code).containsExactly("phone", "chat", "email");

        assertThat(counts(s, Dimension.CALLER_TYPE)).containsExactly(2L, 2L, 1L, 1L);
        Breakdown topic = s.breakdown(Dimension.TOPIC);
        assertThat(topic.dataOnly()).isTrue();
        assertThat(topic.basis()).isEqualTo(5);
        assertThat(counts(s, Dimension.TOPIC)).containsExactly(2L, 2L, 1L);
        assertThat(counts(s, Dimension.OUTCOME)).containsExactly(2L, 1L, 1L);
        Breakdown source = s.breakdown(Dimension.SOURCE);
        assertThat(source.rows()).extracting(CategoryCount::code)
                .containsExactly("website", "social_media", "police", "none"); // retired "leaflet" had none
        assertThat(counts(s, Dimension.SOURCE)).containsExactly(2L, 1L, 1L, 1L);
        Breakdown group = s.breakdown(Dimension.CALLER_GROUP);
        assertThat(group.rows()).extracting(CategoryCount::code).containsExactly("at_risk", "concerned", "none");
        assertThat(counts(s, Dimension.CALLER_GROUP)).containsExactly(2L, 3L, 1L);

        assertThat(s.callerCodes()).isEqualTo(new SummaryRepository.CallerCodes(3, 2));
        assertThat(s.callerCodes().repeatContacts()).isEqualTo(1);
        // durations of data contacts 60, 300, 600, 900, 1200: PERCENTILE_CONT interpolates
        assertThat(s.durations().contacts()).isEqualTo(5);
        assertThat(s.durations().medianSeconds()).isEqualTo(600.0);
        assertThat(s.durations().p90Seconds()).isCloseTo(1080.0, within(1e-9));

        assertThat(s.lastYear().period()).isEqualTo(Period.parse("2025-10"));
        assertThat(s.lastYear().totals().all()).isEqualTo(1);
        assertThat(s.changeFromLastYear()).contains(500.0);

        // 1 October 2026 is a Thursday; the first contact was at local midnight
        assertThat(s.heat(4, 0)).isEqualTo(1);
        assertThat(s.heatMap().stream().mapToLong(SummaryRepository.HourCell::count).sum()).isEqualTo(6);
        assertThat(s.series(Granularity.DAY)).hasSize(31);
        assertThat(s.series(Granularity.DAY).get(0).all()).isEqualTo(1);
        assertThat(s.series(Granularity.DAY).get(30).data()).isEqualTo(1);
        assertThat(s.series(Granularity.MONTH)).singleElement()
                .satisfies(p -> assertThat(p.all()).isEqualTo(6));
        assertThat(s.series(Granularity.WEEK).stream().mapToLong(PeriodSummary.SeriesPoint::all).sum())
                .isEqualTo(6);
    }

    private static List<Long> counts(PeriodSummary s, Dimension d) {
        return s.breakdown(d).rows().stream().map(CategoryCount::count).toList();
    }

    @Test
    void anEmptyPeriodHasZerosAndNoDurations() {
        PeriodSummary s = service.summarise(fx.manager, Period.parse("2026-Q1"));
        assertThat(s.totals()).isEqualTo(new SummaryRepository.Totals(0, 0, 0));
        assertThat(s.durations().medianSeconds()).isNull();
        assertThat(s.breakdown(Dimension.CHANNEL).rows()).extracting(CategoryCount::count)
                .containsOnly(0L);
        assertThat(s.changeFromLastYear()).isEmpty();
    }

    @Test
    void monthBoundariesInLocalTimeAcrossTheOctoberClockChange() {
        // Month ends in GMT; it started in BST, so 00:00 on 1 October is 23:00 UTC on 30 September
        fx.simple(LocalDateTime.parse("2026-10-01T00:00"));
        fx.simple(LocalDateTime.parse("2026-10-31T23:59"));
        fx.contactAt(Instant.parse("2026-09-30T22:59:59Z"), "phone", "self", true, null, List.of(), List.of(), 1,
                null); // 23:59:59 BST on 30 September
        fx.contactAt(Instant.parse("2026-11-01T00:00:00Z"), "phone", "self", true, null, List.of(), List.of(), 1,
                null); // midnight GMT on 1 November
        // both 01:30s of Sunday 25 October (BST, then GMT an hour later)
        fx.contactAt(Instant.parse("2026-10-25T00:30:00Z"), "chat", "self", true, null, List.of(), List.of(), 1,
                null);
        fx.contactAt(Instant.parse("2026-10-25T01:30:00Z"), "chat", "self", true, null, List.of(), List.of(), 1,
                null);
        PeriodSummary s = service.summarise(fx.manager, Period.parse("2026-10"));
        assertThat(s.totals().all()).isEqualTo(4);
        assertThat(s.heat(7, 1)).isEqualTo(2); // Sunday, 01:xx local, twice
        assertThat(s.perDay()).extracting(SummaryRepository.DayCount::date).containsExactly(
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-31"));
        assertThat(service.summarise(fx.manager, Period.parse("2026-09")).totals().all()).isEqualTo(1);
        assertThat(service.summarise(fx.manager, Period.parse("2026-11")).totals().all()).isEqualTo(1);
    }

    @Test
    void marchBoundariesAndTheSpringClockChange() {
        // BST starts 01:00 UTC on Sunday 29 March 2026: local 00:59 GMT is followed by 02:00 BST
        fx.contactAt(Instant.parse("2026-03-29T00:59:00Z"), "phone", "self", true, null, List.of(), List.of(), 1,
                null);
        fx.contactAt(Instant.parse("2026-03-29T01:00:00Z"), "phone", "self", true, null, List.of(), List.of(), 1,
                null);
        fx.simple(LocalDateTime.parse("2026-03-01T00:00")); // GMT: 00:00 UTC
        fx.simple(LocalDateTime.parse("2026-03-31T23:59")); // BST: 22:59 UTC
        fx.simple(LocalDateTime.parse("2026-04-01T00:00")); // BST: 23:00 UTC on 31 March, but April locally
        fx.simple(LocalDateTime.parse("2026-02-28T23:59"));
        PeriodSummary march = service.summarise(fx.manager, Period.parse("2026-03"));
        assertThat(march.totals().all()).isEqualTo(4);
        assertThat(march.heat(7, 0)).isEqualTo(2); // 1 March 2026 is a Sunday too
        assertThat(march.heat(7, 2)).isEqualTo(1);
        assertThat(march.heat(7, 1)).isZero();
        assertThat(service.summarise(fx.manager, Period.parse("2026-04")).totals().all()).isEqualTo(1);
        assertThat(service.summarise(fx.manager, Period.parse("2026-02")).totals().all()).isEqualTo(1);
        assertThat(service.summarise(fx.manager, Period.parse("2026-Q1")).totals().all()).isEqualTo(5);
    }

    @Test
    void financialYearBoundaries() {
        fx.simple(LocalDateTime.parse("2025-04-01T00:00")); // first minute of FY2025-26 (BST)
        fx.simple(LocalDateTime.parse("2025-03-31T23:59")); // last minute of FY2024-25
        fx.simple(LocalDateTime.parse("2026-03-31T23:59")); // last minute of FY2025-26 (BST)
        fx.simple(LocalDateTime.parse("2026-04-01T00:00")); // first minute of FY2026-27
        PeriodSummary fy = service.summarise(fx.manager, Period.parse("FY2025-26"));
        assertThat(fy.totals().all()).isEqualTo(2);
        assertThat(fy.lastYear().period().label()).isEqualTo("FY2024-25");
        assertThat(fy.lastYear().totals().all()).isEqualTo(1);
        assertThat(service.summarise(fx.manager, Period.parse("FY2026-27")).totals().all()).isEqualTo(1);
        assertThat(service.summarise(fx.manager, Period.parse("2025-04-01..2025-04-01")).totals().all())
                .isEqualTo(1);
    }

    @Test
    void workersAreRefused() {
        fx.campaign("Spring radio", "2026-06-01", "2026-06-14", "1000");
        assertThatThrownBy(() -> service.summarise(fx.worker, Period.parse("2026-10")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("manager");
        assertThatThrownBy(() -> service.campaignImpact(fx.worker, "Spring radio", 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.export(fx.worker, Period.parse("2026-10"), ExportFormat.CSV,
                DisclosurePolicy.DEFAULT, new java.io.ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void campaignImpactWithUplift() {
        fx.campaign("Spring radio", "2026-06-01", "2026-06-14", "1000");
        // before: 18 May - 31 May, 5 a week from the website
        for (int i = 0; i < 10; i++) {
            fx.simple(LocalDateTime.parse("2026-05-18T10:00").plusDays(i / 5 * 7 + i % 5));
        }
        // during: 20 from social media, 10 from the website
        for (int i = 0; i < 30; i++) {
            fx.contact(LocalDateTime.parse("2026-06-01T09:00").plusHours(i * 11), "phone",
                    i % 3 == 0 ? "family" : "self", true, i < 20 ? "social_media" : "website", List.of(), List.of(),
                    60, null);
        }
        // after: 12, plus non-data contacts, which do not count
        for (int i = 0; i < 12; i++) {
            fx.simple(LocalDateTime.parse("2026-06-15T10:00").plusDays(i));
        }
        fx.contact(LocalDateTime.parse("2026-06-05T10:00"), "phone", "silent", false, null, List.of(), List.of(),
                0, null);
        fx.simple(LocalDateTime.parse("2026-05-17T23:59")); // the day before the before-window
        CampaignImpact c = service.campaignImpact(fx.manager, "spring RADIO", 0);

        assertThat(c.weeksEachSide()).isEqualTo(2);
        assertThat(c.window(Phase.BEFORE).first()).isEqualTo(LocalDate.parse("2026-05-18"));
        assertThat(c.window(Phase.AFTER).last()).isEqualTo(LocalDate.parse("2026-06-28"));
        assertThat(c.windows()).extracting(CampaignImpact.Window::contacts).containsExactly(10L, 30L, 12L);
        assertThat(c.window(Phase.BEFORE).weeks()).extracting(CampaignImpact.Week::contacts).containsExactly(5L, 5L);
        assertThat(c.window(Phase.DURING).weeks()).hasSize(2);
        assertThat(c.window(Phase.DURING).bySource().count("social_media")).isEqualTo(20);
        assertThat(c.window(Phase.DURING).bySource().count("website")).isEqualTo(10);
        assertThat(c.window(Phase.DURING).byCallerGroup().count("concerned")).isEqualTo(10);
        assertThat(c.window(Phase.DURING).byCallerGroup().count("at_risk")).isEqualTo(20);
        assertThat(c.window(Phase.AFTER).complete()).isTrue();

        for (DisclosurePolicy p : List.of(DisclosurePolicy.EXACT, DisclosurePolicy.DEFAULT)) {
            CampaignImpact.Impact i = c.impact(p);
            assertThat(i.meanWeeklyBefore()).contains(5.0);
            assertThat(i.meanWeeklyDuring()).contains(15.0);
            assertThat(i.upliftPercent()).contains(200.0);
            assertThat(i.expectedDuring()).contains(10.0);
            assertThat(i.additionalContacts()).contains(20.0);
            assertThat(i.costPerAdditionalContact()).contains(new BigDecimal("50.00"));
        }
    }

    @Test
    void campaignWithoutUpliftHasNoCostPerContactAndExplicitWeeks() {
        fx.campaign("Quiet", "2026-06-01", "2026-06-03", "500");
        for (int i = 0; i < 14; i++) {
            fx.simple(LocalDateTime.parse("2026-05-25T10:00").plusDays(i % 7));
        }
        CampaignImpact c = service.campaignImpact(fx.manager, "Quiet", 1);
        assertThat(c.weeksEachSide()).isEqualTo(1);
        assertThat(c.window(Phase.DURING).days()).isEqualTo(3);
        assertThat(c.window(Phase.BEFORE).contacts()).isEqualTo(14);
        assertThat(c.window(Phase.DURING).contacts()).isZero();
        CampaignImpact.Impact i = c.impact(DisclosurePolicy.EXACT);
        assertThat(i.upliftPercent()).contains(-100.0);
        assertThat(i.costPerAdditionalContact()).isEmpty();
        // under the default policy, 14 is published as 15 and the derived figures follow the published value
        assertThat(c.impact(DisclosurePolicy.DEFAULT).meanWeeklyBefore()).contains(15.0);
        assertThatThrownBy(() -> service.campaignImpact(fx.manager, "Nope", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no campaign");
        assertThatThrownBy(() -> service.campaignImpact(fx.manager, "Quiet", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suppressedBeforeWindowHidesUplift() {
        fx.campaign("Tiny", "2026-06-01", "2026-06-07", "100");
        fx.simple(LocalDateTime.parse("2026-05-26T10:00"));
        for (int i = 0; i < 20; i++) {
            fx.simple(LocalDateTime.parse("2026-06-02T10:00"));
        }
        CampaignImpact c = service.campaignImpact(fx.manager, "Tiny", 0);
        assertThat(c.impact(DisclosurePolicy.DEFAULT).upliftPercent()).isEmpty();
        assertThat(c.impact(DisclosurePolicy.DEFAULT).costPerAdditionalContact()).isEmpty();
        assertThat(c.impact(DisclosurePolicy.EXACT).upliftPercent()).contains(1900.0);
        assertThat(c.impact(DisclosurePolicy.EXACT).costPerAdditionalContact()).contains(new BigDecimal("5.26"));
    }
}
