package org.helplinelogbook.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.SummaryRepository.CallerCodes;
import org.helplinelogbook.domain.SummaryRepository.DayCount;
import org.helplinelogbook.domain.SummaryRepository.Durations;
import org.helplinelogbook.domain.SummaryRepository.HourCell;
import org.helplinelogbook.domain.SummaryRepository.Totals;

/**
 * Everything known about one period, as <em>true</em> figures: disclosure control is applied when it is shown or
 * exported ({@link Exporter}, or a {@link org.helplinelogbook.privacy.DisclosurePolicy} in the dashboard). The
 * day series and heat map are for the in-app dashboard only; exports never include anything finer than the period.
 *
 * @param zone the logbook's zone the period's boundaries are in
 * @param auditAnchor the audit trail position when this was generated ("seq 42 / mac 3fa9…"), or "none"
 * @param breakdowns channel, caller type, topic, outcome, source and caller group, in that order
 * @param lastYear the same period a year earlier
 * @param organisation the organisation's name that heads every export (a manager setting)
 * @param demo whether the logbook is a demo logbook (example data): every export says so
 */
public record PeriodSummary(
        Period period,
        ZoneId zone,
        int taxonomyVersion,
        Instant generatedAt,
        String auditAnchor,
        Totals totals,
        List<Breakdown> breakdowns,
        CallerCodes callerCodes,
        Durations durations,
        List<DayCount> perDay,
        List<HourCell> heatMap,
        YearOnYear lastYear,
        String organisation,
        boolean demo) {

    /** A summary of a real logbook (not a demo one). */
    public PeriodSummary(Period period, ZoneId zone, int taxonomyVersion, Instant generatedAt, String auditAnchor,
            Totals totals, List<Breakdown> breakdowns, CallerCodes callerCodes, Durations durations,
            List<DayCount> perDay, List<HourCell> heatMap, YearOnYear lastYear, String organisation) {
        this(period, zone, taxonomyVersion, generatedAt, auditAnchor, totals, breakdowns, callerCodes, durations,
                perDay, heatMap, lastYear, organisation, false);
    }

    /** The totals of the same period last year, for comparison. */
    public record YearOnYear(Period period, Totals totals) {}

    /** A point of a contacts series starting on {@code start}. */
    public record SeriesPoint(LocalDate start, long all, long data) {}

    public enum Granularity { DAY, WEEK, MONTH }

    public PeriodSummary {
        breakdowns = List.copyOf(breakdowns);
        perDay = List.copyOf(perDay);
        heatMap = List.copyOf(heatMap);
    }

    public Breakdown breakdown(Dimension dimension) {
        return breakdowns.stream().filter(b -> b.dimension() == dimension).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no breakdown by " + dimension.code()));
    }

    /** True percentage change of all contacts against last year; empty when last year had none. */
    public Optional<Double> changeFromLastYear() {
        long before = lastYear.totals().all();
        return before == 0 ? Optional.empty()
                : Optional.of(100.0 * (totals.all() - before) / before);
    }

    /** Contacts in a weekday (1 = Monday) and hour. */
    public long heat(int dayOfWeek, int hour) {
        return heatMap.stream().filter(c -> c.dayOfWeek() == dayOfWeek && c.hour() == hour)
                .mapToLong(HourCell::count).sum();
    }

    /**
     * Contacts per day, week (Monday-based; the first point may start before the period) or month across the
     * whole period, with zero points where there were no contacts.
     */
    public List<SeriesPoint> series(Granularity granularity) {
        Map<LocalDate, long[]> buckets = new TreeMap<>();
        for (LocalDate d = period.firstDay(); !d.isAfter(period.lastDay()); d = d.plusDays(1)) {
            buckets.computeIfAbsent(bucket(d, granularity), k -> new long[2]);
        }
        for (DayCount day : perDay) {
            long[] b = buckets.computeIfAbsent(bucket(day.date(), granularity), k -> new long[2]);
            b[0] += day.all();
            b[1] += day.data();
        }
        List<SeriesPoint> out = new ArrayList<>(buckets.size());
        buckets.forEach((start, b) -> out.add(new SeriesPoint(start, b[0], b[1])));
        return out;
    }

    private static LocalDate bucket(LocalDate d, Granularity g) {
        return switch (g) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }
}
