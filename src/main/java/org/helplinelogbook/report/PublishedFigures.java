package org.helplinelogbook.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.SummaryRepository;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.privacy.TableSet;

/**
 * The figures of one period as they may be published: every count after primary and secondary suppression and
 * rounding ({@link TableSet#protect}), keyed {@code dimension/category} as in the CSV ({@code total/all},
 * {@code channel/phone}, {@code caller_code/with_code}, {@code durations/timed}), plus last year's totals as
 * published in last year's own report. Renderers take every count from here, never from the true summary.
 *
 * <p>Each figure is a row of one table whose total hides it ({@link #tableTotal}): data, non-data, codeword counts,
 * channel, caller type and caller group are rows of all contacts; topic, outcome, source and timed contacts rows of
 * data contacts. Where that total is {@code *} the whole table is {@code *}, zeros included (ADR 0004).
 */
public final class PublishedFigures {

    static final String ALL = "total/all";
    static final String DATA = "total/data";
    static final String NON_DATA = "total/non_data";
    static final String WITH_CODE = "caller_code/with_code";
    static final String DISTINCT_CODES = "caller_code/distinct_codes";
    static final String TIMED = "durations/timed";

    private final DisclosurePolicy policy;
    private final Map<String, OptionalLong> values;
    private final Map<String, OptionalLong> lastYear;
    private final int secondary;

    PublishedFigures(DisclosurePolicy policy, Map<String, OptionalLong> values, Map<String, OptionalLong> lastYear,
            int secondary) {
        this.policy = Objects.requireNonNull(policy);
        this.values = Map.copyOf(values);
        this.lastYear = Map.copyOf(lastYear);
        this.secondary = secondary;
    }

    /** One period protected on its own (no other period is published beside it), last year's totals cell by cell. */
    public static PublishedFigures of(PeriodSummary s, DisclosurePolicy policy) {
        TableSet set = new TableSet();
        add(set, "", s, null);
        TableSet.Published p = set.protect(policy);
        Map<String, OptionalLong> values = new LinkedHashMap<>();
        keys(s).forEach(k -> values.put(k, p.value(k)));
        Map<String, OptionalLong> before = new LinkedHashMap<>();
        OptionalLong all = policy.published(s.lastYear().totals().all());
        before.put(ALL, all);
        // last year's totals table is hidden whole with its total, as last year's own report hid it
        before.put(DATA, all.isEmpty() ? all : policy.published(s.lastYear().totals().data()));
        before.put(NON_DATA, all.isEmpty() ? all : policy.published(s.lastYear().totals().nonData()));
        return new PublishedFigures(policy, values, before, p.secondaryCount());
    }

    public DisclosurePolicy policy() {
        return policy;
    }

    /**
     * The published value, empty for {@code *}; a category the period does not have is 0, or {@code *} where its
     * table's total is hidden.
     */
    public OptionalLong value(String key) {
        OptionalLong v = values.get(key);
        if (v != null) {
            return v;
        }
        String total = tableTotal(key);
        return total != null && value(total).isEmpty() ? OptionalLong.empty() : OptionalLong.of(0);
    }

    /** Whether the table {@code key} is a row of has its total hidden, so that every figure in it is {@code *}. */
    public boolean inHiddenTable(String key) {
        String total = tableTotal(key);
        return total != null && value(total).isEmpty();
    }

    public OptionalLong value(Dimension d, String code) {
        return value(key(d, code));
    }

    /** The text to publish: {@code 0}, {@code *} or the figure. */
    public String cell(String key) {
        return text(value(key));
    }

    public String cell(Dimension d, String code) {
        return cell(key(d, code));
    }

    /** Last year's total ({@link #ALL}, {@link #DATA}, {@link #NON_DATA}) as its own report published it. */
    public OptionalLong lastYear(String key) {
        return lastYear.getOrDefault(key, OptionalLong.of(0));
    }

    public Optional<String> percent(OptionalLong part, OptionalLong whole) {
        return policy.percentOf(part, whole);
    }

    public Optional<String> change(OptionalLong now, OptionalLong before) {
        return policy.changeOf(now, before);
    }

    /** How many figures were hidden to protect a small one. */
    public int secondaryCount() {
        return secondary;
    }

    /** Every key with its published value, for audits and tests. */
    public Map<String, OptionalLong> all() {
        return values;
    }

    static String text(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : DisclosurePolicy.SUPPRESSED;
    }

    static String key(Dimension d, String code) {
        return d.code() + "/" + code;
    }

    /** The keys of a summary's figures. */
    static List<String> keys(PeriodSummary s) {
        List<String> keys = new ArrayList<>(List.of(ALL, DATA, NON_DATA));
        for (Breakdown b : s.breakdowns()) {
            for (CategoryCount c : b.rows()) {
                keys.add(key(b.dimension(), c.code()));
            }
        }
        keys.addAll(List.of(WITH_CODE, DISTINCT_CODES, TIMED));
        return keys;
    }

    /**
     * The key of the total whose table {@code key} is a row of (hidden whole with it), or null for all contacts,
     * which is no table's row.
     */
    static String tableTotal(String key) {
        if (key.equals(ALL)) {
            return null;
        }
        String dimension = key.substring(0, key.indexOf('/'));
        return switch (dimension) {
            case "total", "caller_code" -> ALL;
            case "durations" -> DATA;
            default -> ReportService.DIMENSIONS.get(Dimension.fromCode(dimension)) ? DATA : ALL;
        };
    }

    /** The true count behind a key of {@link #keys}. */
    static long trueCount(PeriodSummary s, String key) {
        return switch (key) {
            case ALL -> s.totals().all();
            case DATA -> s.totals().data();
            case NON_DATA -> s.totals().nonData();
            case WITH_CODE -> s.callerCodes().contactsWithCode();
            case DISTINCT_CODES -> s.callerCodes().distinctCodes();
            case TIMED -> s.durations().contacts();
            default -> {
                int slash = key.indexOf('/');
                yield s.breakdown(Dimension.fromCode(key.substring(0, slash))).count(key.substring(slash + 1));
            }
        };
    }

    /**
     * Adds a summary's figures to {@code set} under {@code prefix}, with the sums a reader knows: all = data +
     * non-data; a single-valued table's rows add up to its total; a caller group is the sum of its caller types.
     * With {@code shown} non-null the figures are already published with those values and are not changed.
     */
    static void add(TableSet set, String prefix, PeriodSummary s, Map<String, OptionalLong> shown) {
        for (String k : keys(s)) {
            String id = prefix + k;
            long n = trueCount(s, k);
            if (shown != null) {
                set.published(id, n, shown.getOrDefault(k, OptionalLong.of(0)));
            } else {
                set.cell(id, n, k.startsWith("total/") ? TableSet.Rank.TOTAL : TableSet.Rank.ROW);
            }
        }
        int all = set.indexOf(prefix + ALL);
        set.sum(all, List.of(set.indexOf(prefix + DATA), set.indexOf(prefix + NON_DATA)));
        for (String k : keys(s)) {
            String total = tableTotal(k);
            if (total != null) {
                set.table(set.indexOf(prefix + total), List.of(set.indexOf(prefix + k)));
            }
        }
        for (Breakdown b : s.breakdowns()) {
            int total = set.indexOf(prefix + (b.dataOnly() ? DATA : ALL));
            List<Integer> rows = b.rows().stream().map(c -> set.indexOf(prefix + key(b.dimension(), c.code())))
                    .toList();
            // topics and outcomes can be several per contact: their rows need not add up, and are not tied then
            if (set.adds(total, rows)) {
                set.sum(total, rows);
            }
        }
        Breakdown types = s.breakdown(Dimension.CALLER_TYPE);
        for (CategoryCount g : s.breakdown(Dimension.CALLER_GROUP).rows()) {
            boolean none = g.code().equals(SummaryRepository.NONE);
            List<Integer> parts = types.rows().stream()
                    .filter(t -> none ? t.group() == null || t.group().isBlank() : g.code().equals(t.group()))
                    .map(t -> set.indexOf(prefix + key(Dimension.CALLER_TYPE, t.code()))).toList();
            int group = set.indexOf(prefix + key(Dimension.CALLER_GROUP, g.code()));
            if (set.adds(group, parts)) {
                set.sum(group, parts);
            }
        }
    }
}
