package org.helplinelogbook.ui.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.helplinelogbook.domain.SummaryRepository;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.Breakdown;
import org.helplinelogbook.report.CategoryCount;

/**
 * Turns true counts into what the dashboard may show under a {@link DisclosurePolicy}. Nothing here returns a
 * true count unless the policy is exact: bar lengths are the published figures, and a suppressed count has no
 * bar at all.
 */
final class Figures {

    private Figures() {}

    /**
     * One bar of a horizontal chart.
     *
     * @param shown the published text: {@code 0}, {@code *} or the (rounded) count
     * @param length the bar's length, the published count (0 for {@code *})
     * @param clickable whether it opens the contact log (not for the "none" bucket)
     */
    record Bar(String code, String label, String shown, long length, boolean clickable) {}

    /**
     * The breakdown's rows, largest published figure first. Ties keep the taxonomy's order, and sorting never
     * looks at the true count under control: ordering two categories both shown as 10 by their true counts would
     * tell the reader which one is larger.
     */
    static List<Bar> bars(Breakdown breakdown, DisclosurePolicy policy, boolean hiddenTable) {
        List<Bar> bars = new ArrayList<>();
        for (CategoryCount row : breakdown.rows()) {
            // a retired code or the "none" bucket is listed only when someone had it: not in a table hidden whole
            if (hiddenTable && !row.active()) {
                continue;
            }
            bars.add(bar(row.code(), row.label(), row.count(), policy,
                    !SummaryRepository.NONE.equals(row.code()), hiddenTable));
        }
        return sorted(bars, policy);
    }

    static Bar bar(String code, String label, long count, DisclosurePolicy policy, boolean clickable) {
        return bar(code, label, count, policy, clickable, false);
    }

    /** A bar of a table hidden whole is {@code *} whatever its count, zeros too. */
    static Bar bar(String code, String label, long count, DisclosurePolicy policy, boolean clickable,
            boolean hiddenTable) {
        OptionalLong shown = hiddenTable ? OptionalLong.empty() : policy.published(count);
        return new Bar(code, label, cell(count, policy, hiddenTable), shown.orElse(0), clickable);
    }

    /**
     * The text of a figure in a table whose total is {@code total} under {@code policy}: where the total is
     * {@code *}, every figure of the table is {@code *}, zeros too, as in the exports (ADR 0004).
     */
    static String cell(long count, DisclosurePolicy policy, boolean hiddenTable) {
        return hiddenTable ? DisclosurePolicy.SUPPRESSED : policy.cell(count);
    }

    private static List<Bar> sorted(List<Bar> bars, DisclosurePolicy policy) {
        List<Bar> out = new ArrayList<>(bars);
        // A stable sort: equal keys keep the taxonomy's order. "*" sorts between 0 and the smallest shown count.
        out.sort(Comparator.comparingDouble((Bar b) -> rank(b)).reversed());
        return out;
    }

    private static double rank(Bar b) {
        return DisclosurePolicy.SUPPRESSED.equals(b.shown()) ? 0.5 : b.length();
    }

    /**
     * A median or 90th-percentile length: {@code *} when the timed contacts are hidden or the data contacts' table is
     * (as in the exports: "n/a" beside a hidden count would say that no contact was timed), {@code unavailable} when
     * none was timed.
     */
    static String minutes(Double seconds, long timedContacts, DisclosurePolicy policy, boolean dataHidden,
            String unavailable) {
        if (!policy.exact() && (dataHidden || policy.suppressed(timedContacts))) {
            return DisclosurePolicy.SUPPRESSED;
        }
        if (seconds == null || timedContacts == 0) {
            return unavailable;
        }
        return Long.toString(Math.round(seconds / 60.0));
    }

    /** How dark a heat-map cell is, 0 to 1, from the published figure; a suppressed cell gets the faintest shade. */
    static double shade(long count, long maxShown, DisclosurePolicy policy) {
        if (count == 0) {
            return 0;
        }
        OptionalLong shown = policy.published(count);
        if (shown.isEmpty() || maxShown == 0) {
            return 0.12;
        }
        return Math.max(0.12, Math.min(1.0, shown.getAsLong() / (double) maxShown));
    }
}
