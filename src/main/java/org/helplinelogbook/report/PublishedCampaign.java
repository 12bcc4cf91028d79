package org.helplinelogbook.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.privacy.TableSet;
import org.helplinelogbook.report.CampaignImpact.Week;
import org.helplinelogbook.report.CampaignImpact.Window;

/**
 * A campaign report's counts as they may be published, protected together: each window's total is the sum of its
 * weeks, of its rows by source and of its rows by caller group, and a reader knows it. Keys:
 * {@code before/total}, {@code before/week/2026-03-02}, {@code during/source/advert_search},
 * {@code after/caller_group/at_risk}.
 */
public final class PublishedCampaign {

    private final Map<String, OptionalLong> values;
    private final int secondary;

    private PublishedCampaign(Map<String, OptionalLong> values, int secondary) {
        this.values = Map.copyOf(values);
        this.secondary = secondary;
    }

    public static PublishedCampaign of(CampaignImpact c, DisclosurePolicy policy) {
        TableSet set = new TableSet();
        for (Window w : c.windows()) {
            String phase = w.phase().code() + "/";
            int total = set.cell(phase + "total", w.contacts(), TableSet.Rank.TOTAL);
            List<Integer> weeks = w.weeks().stream()
                    .map(week -> set.cell(phase + "week/" + week.first(), week.contacts(), TableSet.Rank.ROW)).toList();
            // a window whose total is * shows every week and row as *, zeros too
            set.table(total, weeks);
            if (set.adds(total, weeks)) {
                set.sum(total, weeks);
            }
            for (Breakdown b : List.of(w.bySource(), w.byCallerGroup())) {
                List<Integer> rows = b.rows().stream().map(r -> set.cell(phase + b.dimension().code() + "/" + r.code(),
                        r.count(), TableSet.Rank.ROW)).toList();
                set.table(total, rows);
                if (set.adds(total, rows)) {
                    set.sum(total, rows);
                }
            }
        }
        TableSet.Published p = set.protect(policy);
        Map<String, OptionalLong> values = new LinkedHashMap<>();
        for (Window w : c.windows()) {
            String phase = w.phase().code() + "/";
            values.put(phase + "total", p.value(phase + "total"));
            for (Week week : w.weeks()) {
                values.put(phase + "week/" + week.first(), p.value(phase + "week/" + week.first()));
            }
            for (Breakdown b : List.of(w.bySource(), w.byCallerGroup())) {
                for (CategoryCount r : b.rows()) {
                    String k = phase + b.dimension().code() + "/" + r.code();
                    values.put(k, p.value(k));
                }
            }
        }
        return new PublishedCampaign(values, p.secondaryCount());
    }

    /**
     * The published value, empty for {@code *}; a category the window does not have is 0, or {@code *} when the
     * window's total is hidden (every figure of that window is then {@code *}).
     */
    public OptionalLong value(String key) {
        OptionalLong v = values.get(key);
        if (v != null) {
            return v;
        }
        return hiddenWindow(key.substring(0, key.indexOf('/'))) ? OptionalLong.empty() : OptionalLong.of(0);
    }

    /** Whether the window's total is hidden, so that all its weeks and rows are {@code *}. */
    public boolean hiddenWindow(CampaignImpact.Phase phase) {
        return hiddenWindow(phase.code());
    }

    private boolean hiddenWindow(String phase) {
        OptionalLong total = values.get(phase + "/total");
        return total != null && total.isEmpty();
    }

    public OptionalLong total(CampaignImpact.Phase phase) {
        return value(phase.code() + "/total");
    }

    public OptionalLong week(CampaignImpact.Phase phase, Week week) {
        return value(phase.code() + "/week/" + week.first());
    }

    public OptionalLong row(CampaignImpact.Phase phase, Dimension d, String code) {
        return value(phase.code() + "/" + d.code() + "/" + code);
    }

    public String cell(String key) {
        return PublishedFigures.text(value(key));
    }

    public int secondaryCount() {
        return secondary;
    }

    public Map<String, OptionalLong> all() {
        return values;
    }
}
