package org.helplinelogbook.ui.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helplinelogbook.report.Period;

/** The periods offered by the picker and their en-GB names. The default of each kind is the last complete one. */
final class PeriodChoices {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private PeriodChoices() {}

    /** Newest first: the current (incomplete) period, then earlier ones. */
    static List<Period> recent(Period.Kind kind, LocalDate today) {
        List<Period> out = new ArrayList<>();
        switch (kind) {
            case MONTH -> {
                YearMonth m = YearMonth.from(today);
                for (int i = 0; i < 36; i++) {
                    out.add(Period.month(m.minusMonths(i)));
                }
            }
            case QUARTER -> {
                int year = today.getYear();
                int q = (today.getMonthValue() - 1) / 3 + 1;
                for (int i = 0; i < 12; i++) {
                    out.add(Period.quarter(year, q));
                    if (--q == 0) {
                        q = 4;
                        year--;
                    }
                }
            }
            case FINANCIAL_YEAR -> {
                int start = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
                for (int i = 0; i < 6; i++) {
                    out.add(Period.financialYear(start - i));
                }
            }
            case RANGE -> { }
        }
        return out;
    }

    /** The last period of this kind that has ended before {@code today}. */
    static Period lastComplete(Period.Kind kind, LocalDate today) {
        return recent(kind, today).stream().filter(p -> p.lastDay().isBefore(today)).findFirst()
                .orElseThrow();
    }

    /** "October 2026", "Jul–Sep 2026 (Q3)", "FY 2026–27 (Apr 2026 – Mar 2027)", "1 Jan 2026 – 31 Mar 2026". */
    /** "4 Dec 2026". */
    static String day(LocalDate day) {
        return day.format(DAY);
    }

    /**
     * A range of days as short as it reads unambiguously: "1–4 Dec 2025" within a month, "28 Nov – 4 Dec 2025"
     * within a year, else both days in full.
     */
    static String range(LocalDate first, LocalDate last) {
        if (first.getYear() != last.getYear()) {
            return first.format(DAY) + " – " + last.format(DAY);
        }
        if (first.getMonth() != last.getMonth()) {
            return first.format(DAY_MONTH) + " – " + last.format(DAY);
        }
        return first.equals(last) ? first.format(DAY) : first.getDayOfMonth() + "–" + last.format(DAY);
    }

    static String name(Period p) {
        return switch (p.kind()) {
            case MONTH -> p.firstDay().format(MONTH);
            case QUARTER -> p.firstDay().format(SHORT_MONTH) + "–" + p.lastDay().format(SHORT_MONTH) + " "
                    + p.firstDay().getYear() + " (Q" + ((p.firstDay().getMonthValue() - 1) / 3 + 1) + ")";
            case FINANCIAL_YEAR -> "FY " + p.firstDay().getYear() + "–"
                    + String.format(Locale.ROOT, "%02d", p.lastDay().getYear() % 100) + " (April to March)";
            case RANGE -> range(p.firstDay(), p.lastDay());
        };
    }
}
