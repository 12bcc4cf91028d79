package org.helplinelogbook.report;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A range of days asked for as a published (not exact) report. Published figures come only from the fixed grid of
 * months, quarters and financial years (and campaigns' saved windows): two ranges a few days apart would give away
 * the contacts of those days by difference. The message names the grid periods that cover the range.
 */
public final class OffGridPeriodException extends IllegalArgumentException {

    private final Period period;

    public OffGridPeriodException(Period period) {
        super(message(period));
        this.period = period;
    }

    public Period period() {
        return period;
    }

    /** The grid periods that overlap {@code period}: its months (at most three named), quarters and financial years. */
    static Set<String> gridAround(Period period) {
        Set<String> months = new LinkedHashSet<>();
        Set<String> quarters = new LinkedHashSet<>();
        Set<String> years = new LinkedHashSet<>();
        for (YearMonth m = YearMonth.from(period.firstDay()); !m.isAfter(YearMonth.from(period.lastDay()));
                m = m.plusMonths(1)) {
            months.add(Period.month(m).label());
            quarters.add(Period.quarter(m.getYear(), (m.getMonthValue() - 1) / 3 + 1).label());
            years.add(Period.financialYear(m.getMonthValue() >= 4 ? m.getYear() : m.getYear() - 1).label());
        }
        Set<String> out = new LinkedHashSet<>();
        if (months.size() <= 3) {
            out.addAll(months);
        }
        if (quarters.size() <= 4) {
            out.addAll(quarters);
        }
        out.addAll(years);
        return out;
    }

    private static String message(Period period) {
        return period.label() + " is not a published period: a range of days can be exported only as exact figures"
                + " for internal use (--exact, stamped INTERNAL); published reports cover a whole month, quarter or"
                + " financial year, so that two reports never differ by a few days. Use "
                + String.join(", ", gridAround(period));
    }
}
