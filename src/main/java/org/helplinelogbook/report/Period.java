package org.helplinelogbook.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period of whole days: a calendar month ({@code 2026-10}), a calendar quarter ({@code 2026-Q3} =
 * July–September), a UK financial year ({@code FY2026-27} = 1 April 2026 – 31 March 2027) or a custom inclusive
 * date range ({@code 2026-01-01..2026-03-31}). Boundaries are local midnights in the logbook's zone, so a period
 * spanning a clock change is still exactly its calendar days.
 */
public final class Period {

    /** What kind of period this is; it decides the label and what "same period last year" means. */
    public enum Kind { MONTH, QUARTER, FINANCIAL_YEAR, RANGE }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("[Ff][Yy](\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final String FORMS = "use 2026-10 (month), 2026-Q3 (quarter), FY2026-27 (financial year)"
            + " or 2026-01-01..2026-03-31 (date range)";

    private final Kind kind;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    private Period(Kind kind, LocalDate firstDay, LocalDate lastDay) {
        this.kind = kind;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** Calendar quarter {@code q} (1 = January–March) of {@code year}. */
    public static Period quarter(int year, int q) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + q);
        }
        YearMonth first = YearMonth.of(year, 3 * (q - 1) + 1);
        return new Period(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** The UK financial year starting 1 April {@code startYear}. */
    public static Period financialYear(int startYear) {
        return new Period(Kind.FINANCIAL_YEAR, LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    /** An inclusive range of days. */
    public static Period range(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a date range must end on or after its first day: " + from + ".." + to);
        }
        return new Period(Kind.RANGE, from, to);
    }

    /** Parses the forms given by {@link #label()}; anything else is an IllegalArgumentException naming the forms. */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no period given: " + FORMS);
        }
        String s = text.strip();
        try {
            Matcher m = MONTH.matcher(s);
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month < 1 || month > 12) {
                    throw new IllegalArgumentException("'" + s + "' has no month " + month + ": " + FORMS);
                }
                return month(YearMonth.of(Integer.parseInt(m.group(1)), month));
            }
            m = QUARTER.matcher(s);
            if (m.matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = FINANCIAL_YEAR.matcher(s);
            if (m.matches()) {
                int start = Integer.parseInt(m.group(1));
                int end = Integer.parseInt(m.group(2));
                if (end != (start + 1) % 100) {
                    throw new IllegalArgumentException("'" + s + "' is not a financial year: after FY" + start
                            + " comes -" + String.format(Locale.ROOT, "%02d", (start + 1) % 100));
                }
                return financialYear(start);
            }
            m = RANGE.matcher(s);
            if (m.matches()) {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' holds a date that does not exist: " + FORMS, e);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a valid period: " + FORMS, e);
        }
        throw new IllegalArgumentException("'" + s + "' is not a period: " + FORMS);
    }

    public Kind kind() {
        return kind;
    }

    /** The canonical text form, which {@link #parse} reads back. */
    public String label() {
        return switch (kind) {
            case MONTH -> YearMonth.from(firstDay).toString();
            case QUARTER -> firstDay.getYear() + "-Q" + ((firstDay.getMonthValue() - 1) / 3 + 1);
            case FINANCIAL_YEAR -> "FY" + firstDay.getYear() + "-"
                    + String.format(Locale.ROOT, "%02d", lastDay.getYear() % 100);
            case RANGE -> firstDay + ".." + lastDay;
        };
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    /** Number of days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** The instant of local midnight starting the first day in {@code zone}. */
    public Instant start(ZoneId zone) {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    /** The instant of local midnight after the last day in {@code zone}: the period is {@code [start, endExclusive)}. */
    public Instant endExclusive(ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The same kind of period one year earlier (a range keeps its days, 29 February becoming the 28th). */
    public Period sameLastYear() {
        return switch (kind) {
            case MONTH -> month(YearMonth.from(firstDay).minusYears(1));
            case QUARTER -> quarter(firstDay.getYear() - 1, (firstDay.getMonthValue() - 1) / 3 + 1);
            case FINANCIAL_YEAR -> financialYear(firstDay.getYear() - 1);
            case RANGE -> range(firstDay.minusYears(1), lastDay.minusYears(1));
        };
    }

    /**
     * What this period is fairly compared with a year earlier when looked at on {@code today}: while the period is
     * still under way (today inside it, not its last day), the same days of last year up to today's date ("1–4 Dec
     * 2025" on 4 Dec 2026), since a partial month against a whole one reads as a fall that is not there; otherwise
     * {@link #sameLastYear()}.
     */
    public Period comparedOn(LocalDate today) {
        return underWayOn(today) ? range(firstDay.minusYears(1), today.minusYears(1)) : sameLastYear();
    }

    /** Whether {@code today} falls inside this period before its last day: its figures are not complete yet. */
    public boolean underWayOn(LocalDate today) {
        return !today.isBefore(firstDay) && today.isBefore(lastDay);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.kind == kind && p.firstDay.equals(firstDay) && p.lastDay.equals(lastDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, firstDay, lastDay);
    }

    @Override
    public String toString() {
        return label();
    }
}
