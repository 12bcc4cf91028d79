package org.helplinelogbook.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.privacy.TableSet;

/**
 * Protects a grid period together with the grid periods inside it, so that no combination of published reports
 * gives a hidden figure away. A month is protected on its own; a quarter with its three months as they are
 * published (fixed), hiding more only in the quarter; a financial year with its four quarters and twelve months
 * fixed, hiding more only in the year. Each period's figures therefore depend only on the data of that period, and
 * a month's report published in May still holds when the quarter is published in July: every report a reader can
 * hold for one financial year (12 months, 4 quarters, the year) has been audited together. Campaign windows are
 * their own publication ({@link PublishedCampaign}); they share no exact sum with the grid.
 */
final class GridProtection {

    private final Function<Period, PeriodSummary> summaries;
    private final DisclosurePolicy policy;
    private final Map<Period, PeriodSummary> read = new HashMap<>();
    private final Map<Period, Map<String, OptionalLong>> published = new HashMap<>();
    private final Map<Period, Integer> secondary = new HashMap<>();

    GridProtection(Function<Period, PeriodSummary> summaries, DisclosurePolicy policy) {
        this.summaries = summaries;
        this.policy = policy;
    }

    /** The published figures of {@code period} (a month, quarter or financial year) with last year's totals. */
    PublishedFigures figures(Period period) {
        Map<String, OptionalLong> now = publish(period);
        Map<String, OptionalLong> before = publish(period.sameLastYear());
        Map<String, OptionalLong> lastYear = new LinkedHashMap<>();
        for (String k : List.of(PublishedFigures.ALL, PublishedFigures.DATA, PublishedFigures.NON_DATA)) {
            lastYear.put(k, before.get(k));
        }
        return new PublishedFigures(policy, now, lastYear, secondary.getOrDefault(period, 0));
    }

    PeriodSummary summary(Period period) {
        return read.computeIfAbsent(period, summaries);
    }

    /** The grid periods a period is made of: a quarter's months, a financial year's quarters. */
    static List<Period> parts(Period period) {
        return switch (period.kind()) {
            case MONTH, RANGE -> List.of();
            case QUARTER -> {
                YearMonth first = YearMonth.from(period.firstDay());
                yield List.of(Period.month(first), Period.month(first.plusMonths(1)), Period.month(first.plusMonths(2)));
            }
            case FINANCIAL_YEAR -> {
                int y = period.firstDay().getYear();
                yield List.of(Period.quarter(y, 2), Period.quarter(y, 3), Period.quarter(y, 4), Period.quarter(y + 1, 1));
            }
        };
    }

    /** Every grid period strictly inside {@code period}, finest last. */
    static List<Period> descendants(Period period) {
        List<Period> out = new ArrayList<>();
        for (Period p : parts(period)) {
            out.add(p);
            out.addAll(descendants(p));
        }
        return out;
    }

    private Map<String, OptionalLong> publish(Period period) {
        Map<String, OptionalLong> done = published.get(period);
        if (done != null) {
            return done;
        }
        List<Period> below = descendants(period);
        for (Period p : below) {
            publish(p);
        }
        TableSet set = new TableSet();
        PeriodSummary s = summary(period);
        PublishedFigures.add(set, prefix(period), s, null);
        for (Period p : below) {
            PublishedFigures.add(set, prefix(p), summary(p), published.get(p));
        }
        tie(set, period);
        for (Period p : below) {
            tie(set, p);
        }
        TableSet.Published result = set.protect(policy);
        Map<String, OptionalLong> values = new LinkedHashMap<>();
        for (String k : PublishedFigures.keys(s)) {
            values.put(k, result.value(prefix(period) + k));
        }
        published.put(period, values);
        secondary.put(period, result.secondaryCount());
        return values;
    }

    /** Each additive figure of {@code period} is the sum of the same figure in its parts. */
    private void tie(TableSet set, Period period) {
        List<Period> parts = parts(period);
        if (parts.isEmpty()) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>(PublishedFigures.keys(summary(period)));
        for (Period p : parts) {
            keys.addAll(PublishedFigures.keys(summary(p)));
        }
        // distinct codewords do not add up across periods (a caller may come back in two months)
        keys.remove(PublishedFigures.DISTINCT_CODES);
        for (String k : keys) {
            int total = ensure(set, period, k);
            List<Integer> pieces = parts.stream().map(p -> ensure(set, p, k)).toList();
            set.sum(total, pieces);
        }
    }

    /**
     * A category absent from a period's tables had no contacts there: a published 0, or a {@code *} where the
     * period's table is hidden whole (its report lists no such row, and the reader cannot tell it from a small one).
     */
    private int ensure(TableSet set, Period period, String key) {
        String id = prefix(period) + key;
        if (!set.has(id)) {
            Map<String, OptionalLong> shown = published.get(period);
            String total = PublishedFigures.tableTotal(key);
            boolean hidden = shown != null && total != null && shown.get(total).isEmpty();
            int i = set.published(id, 0, hidden ? OptionalLong.empty() : OptionalLong.of(0));
            if (total != null) {
                set.table(set.indexOf(prefix(period) + total), List.of(i));
            }
        }
        return set.indexOf(id);
    }

    private static String prefix(Period p) {
        return p.label() + "|";
    }
}
