package org.helplinelogbook.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.CampaignImpact.Impact;
import org.helplinelogbook.report.CampaignImpact.Phase;
import org.helplinelogbook.report.CampaignImpact.Week;
import org.helplinelogbook.report.CampaignImpact.Window;
import org.helplinelogbook.report.ReportDocument.Cell;
import org.helplinelogbook.report.ReportDocument.Chart;
import org.helplinelogbook.report.ReportDocument.Meta;
import org.helplinelogbook.report.ReportDocument.Series;
import org.helplinelogbook.report.ReportDocument.Table;

/** Lays out summaries and campaign figures as {@link ReportDocument}s, applying the disclosure policy to each figure. */
final class Documents {

    static final String NOT_AVAILABLE = "n/a";
    static final String CONTENT_NOTE = "One-way tables only. No notes, codewords, staff names, or dates finer"
            + " than the period.";
    /** How the cost per additional contact is worked out, in plain words (shown beside it in every export). */
    static final String COST_EXPLAINED = "The campaign's cost divided by the additional contacts: the data contacts"
            + " during the campaign minus those expected at the weekly rate before it. Worked out from the published"
            + " (rounded) totals; n/a when there was no uplift or no cost was recorded.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Documents() {}

    static String dimensionTitle(Dimension d) {
        return switch (d) {
            case CHANNEL -> "Channel";
            case CALLER_GROUP -> "Caller group";
            case CALLER_TYPE -> "Caller type";
            case TOPIC -> "Topic";
            case OUTCOME -> "Outcome";
            case SOURCE -> "Source";
        };
    }

    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static ReportDocument summary(PeriodSummary s, DisclosurePolicy policy) {
        return summary(s, PublishedFigures.of(s, policy));
    }

    static ReportDocument summary(PeriodSummary s, PublishedFigures f) {
        DisclosurePolicy policy = f.policy();
        List<Meta> cover = new ArrayList<>();
        cover.add(new Meta("Period", s.period().label()));
        cover.add(new Meta("Dates", DAY.format(s.period().firstDay()) + " – " + DAY.format(s.period().lastDay())
                + " (" + s.zone().getId() + ")"));
        common(cover, policy, s.taxonomyVersion(), s.generatedAt(), s.auditAnchor(), s.demo());
        List<Table> tables = new ArrayList<>();
        tables.add(totals(s, f));
        tables.add(durations(s, f));
        for (Breakdown b : s.breakdowns()) {
            tables.add(breakdown(b, f));
        }
        return new ReportDocument((s.demo() ? DEMO_TITLE : "") + "Helpline contacts — " + s.period().label(), s.period().label(), cover,
                policy.exact(), tables);
    }

    /** Put before the title of every export of a demo logbook. */
    static final String DEMO_TITLE = "DEMO DATA — ";
    static final String DEMO_NOTE = "This is a demo logbook: every contact in it is made-up example data, not a real call.";

    private static void common(List<Meta> cover, DisclosurePolicy policy, int taxonomyVersion, Instant generated,
            String auditAnchor, boolean demo) {
        if (demo) {
            cover.add(0, new Meta("Demo logbook", DEMO_NOTE));
        }
        cover.add(new Meta("Disclosure control", policy.describe()));
        cover.add(new Meta("Taxonomy version", Integer.toString(taxonomyVersion)));
        cover.add(new Meta("Generated at", timestamp(generated)));
        cover.add(new Meta("Audit anchor", auditAnchor));
        cover.add(new Meta("Contents", CONTENT_NOTE));
        if (policy.exact()) {
            cover.add(new Meta("Stamp", DisclosurePolicy.INTERNAL_STAMP));
        }
    }

    private static Table totals(PeriodSummary s, PublishedFigures f) {
        DisclosurePolicy p = f.policy();
        List<List<Cell>> rows = new ArrayList<>();
        String[][] measures = {{"All contacts", PublishedFigures.ALL}, {"Data contacts", PublishedFigures.DATA},
            {"Non-data contacts", PublishedFigures.NON_DATA}};
        List<Long> now = new ArrayList<>();
        List<Long> before = new ArrayList<>();
        for (String[] m : measures) {
            OptionalLong n = f.value(m[1]);
            OptionalLong b = f.lastYear(m[1]);
            rows.add(List.of(Cell.text(m[0]), count(n), count(b), Cell.text(f.change(n, b).orElse(NOT_AVAILABLE))));
            now.add(bar(n));
            before.add(bar(b));
        }
        rows.add(List.of(Cell.text("Contacts giving a codeword"), count(f.value(PublishedFigures.WITH_CODE)),
                Cell.text(""), Cell.text("")));
        rows.add(List.of(Cell.text("Different codewords (returning callers)"),
                count(f.value(PublishedFigures.DISTINCT_CODES)), Cell.text(""), Cell.text("")));
        Chart chart = new Chart("Contacts: " + s.period().label() + " and a year earlier", "Contacts",
                List.of("All", "Data", "Non-data"),
                List.of(new Series(s.period().label(), now), new Series(s.lastYear().period().label(), before)));
        return new Table("Totals", "Totals", List.of("Every figure, totals included, is rounded from its true value,"
                        + " so rows need not add up.", "Change is against " + s.lastYear().period().label() + "."),
                List.of("Measure", s.period().label(), s.lastYear().period().label(), "Change"), rows, chart);
    }

    private static Table durations(PeriodSummary s, PublishedFigures f) {
        DisclosurePolicy p = f.policy();
        var d = s.durations();
        OptionalLong timed = f.value(PublishedFigures.TIMED);
        boolean shown = d.contacts() > 0 && timed.isPresent();
        List<List<Cell>> rows = List.of(
                List.of(Cell.text("Data contacts timed"), count(timed)),
                List.of(Cell.text("Median length (minutes)"), minutes(p, shown, d.medianSeconds())),
                List.of(Cell.text("90th percentile length (minutes)"), minutes(p, shown, d.p90Seconds())));
        return new Table("Durations", "Length of data contacts",
                List.of(p.exact() ? "Minutes to one decimal place." : "Rounded to whole minutes; hidden (*) when"
                        + " the number of contacts is suppressed."),
                List.of("Measure", "Value"), rows, null);
    }

    private static Cell minutes(DisclosurePolicy p, boolean shown, Double seconds) {
        if (seconds == null) {
            return Cell.text(NOT_AVAILABLE);
        }
        if (!shown) {
            return Cell.text(DisclosurePolicy.SUPPRESSED);
        }
        double minutes = seconds / 60.0;
        return p.exact() ? Cell.number(Math.round(minutes * 10) / 10.0) : Cell.number(Math.round(minutes));
    }

    private static Table breakdown(Breakdown b, PublishedFigures f) {
        String basis = b.dataOnly() ? "data contacts" : "all contacts";
        List<List<Cell>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        OptionalLong whole = f.value(b.dataOnly() ? PublishedFigures.DATA : PublishedFigures.ALL);
        for (CategoryCount c : b.rows()) {
            OptionalLong shown = f.value(b.dimension(), c.code());
            rows.add(List.of(Cell.text(c.code()), Cell.text(c.label()), count(shown),
                    Cell.text(f.percent(shown, whole).orElse(NOT_AVAILABLE))));
            String category = seen.add(c.label()) ? c.label() : c.label() + " (" + c.code() + ")";
            categories.add(shown.isEmpty() ? "(*) " + category : category);
            values.add(bar(shown));
        }
        rows.add(List.of(Cell.text(""), Cell.text("Total (" + basis + ")"), count(whole),
                Cell.text(whole.isPresent() && whole.getAsLong() > 0 ? "100%" : NOT_AVAILABLE)));
        List<String> notes = new ArrayList<>();
        notes.add("Counts " + basis + ".");
        if (b.multiValued()) {
            notes.add("A contact with several " + dimensionTitle(b.dimension()).toLowerCase(Locale.ROOT)
                    + "s counts once under each, so rows can add up to more than the total.");
        }
        notes.add("The total is rounded from its true value; rows need not add up to it.");
        String title = dimensionTitle(b.dimension());
        return new Table(title, "Contacts by " + title.toLowerCase(Locale.ROOT), notes,
                List.of("Code", title, "Contacts", "% of " + basis), rows,
                new Chart("Contacts by " + title.toLowerCase(Locale.ROOT) + " (" + basis + ")", "Contacts",
                        categories, List.of(new Series("Contacts", values))));
    }

    static ReportDocument campaign(CampaignImpact c, DisclosurePolicy p) {
        return campaign(c, PublishedCampaign.of(c, p), p);
    }

    static ReportDocument campaign(CampaignImpact c, PublishedCampaign pc, DisclosurePolicy p) {
        List<Meta> cover = new ArrayList<>();
        cover.add(new Meta("Campaign", c.campaignName()));
        cover.add(new Meta("Campaign dates", DAY.format(c.startsOn()) + " – " + DAY.format(c.endsOn())));
        cover.add(new Meta("Compared with", c.weeksEachSide() + " weeks before and " + c.weeksEachSide()
                + " weeks after"));
        cover.add(new Meta("Counts", "Data contacts"));
        cover.add(new Meta("Cost", c.cost() == null ? NOT_AVAILABLE : money(c.cost(), c.currency())));
        common(cover, p, c.taxonomyVersion(), c.generatedAt(), c.auditAnchor(), c.demo());
        List<Table> tables = new ArrayList<>();
        tables.add(impactTable(c, pc, p));
        tables.add(weekly(c, pc));
        tables.add(split(c, pc, p, Dimension.SOURCE));
        tables.add(split(c, pc, p, Dimension.CALLER_GROUP));
        return new ReportDocument((c.demo() ? DEMO_TITLE : "") + "Campaign impact — " + c.campaignName(), c.campaignName(), cover, p.exact(),
                tables);
    }

    static String money(BigDecimal amount, String currency) {
        return currency + " " + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String decimal(Optional<Double> value) {
        return value.map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse(NOT_AVAILABLE);
    }

    static String upliftText(Optional<Double> uplift, DisclosurePolicy p) {
        return uplift.map(u -> {
            String t = p.exact() ? String.format(Locale.ROOT, "%.1f%%", u) : Math.round(u) + "%";
            return u > 0 ? "+" + t : t;
        }).orElse(NOT_AVAILABLE);
    }

    /** The impact figures as (key, label, value) rows, shared by the CSV and the documents. */
    static Map<String, String[]> impactFigures(CampaignImpact c, PublishedCampaign pc, DisclosurePolicy p) {
        Impact i = c.impact(p, pc.total(Phase.BEFORE), pc.total(Phase.DURING));
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("mean_weekly_before", new String[] {"Mean contacts a week before", decimal(i.meanWeeklyBefore())});
        m.put("mean_weekly_during", new String[] {"Mean contacts a week during", decimal(i.meanWeeklyDuring())});
        m.put("uplift_percent", new String[] {"Uplift (weekly mean, during vs before)",
                upliftText(i.upliftPercent(), p)});
        m.put("expected_during", new String[] {"Contacts expected during at the earlier rate",
                decimal(i.expectedDuring())});
        m.put("additional_contacts", new String[] {"Additional contacts", decimal(i.additionalContacts())});
        m.put("cost_per_additional_contact", new String[] {"Cost per additional contact",
                i.costPerAdditionalContact().map(v -> money(v, c.currency())).orElse(NOT_AVAILABLE)});
        return m;
    }

    private static Table impactTable(CampaignImpact c, PublishedCampaign pc, DisclosurePolicy p) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Window w : c.windows()) {
            rows.add(List.of(Cell.text("Contacts " + w.phase().code() + " (" + w.first() + " to " + w.last() + ")"
                    + (w.complete() ? "" : " — not yet complete")), count(pc.total(w.phase()))));
        }
        impactFigures(c, pc, p).values().forEach(v -> rows.add(List.of(Cell.text(v[0]), Cell.text(v[1]))));
        return new Table("Impact", "Campaign impact", List.of("Data contacts. Under disclosure control the figures"
                        + " are worked out from the published (rounded) counts; n/a when undefined or when they would"
                        + " depend on a suppressed count.", "Cost per additional contact is n/a when there was no"
                        + " uplift."),
                List.of("Measure", "Value"), rows, null);
    }

    private static Table weekly(CampaignImpact c, PublishedCampaign pc) {
        List<List<Cell>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Map<Phase, List<Long>> values = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            values.put(phase, new ArrayList<>());
        }
        for (Window w : c.windows()) {
            for (Week week : w.weeks()) {
                OptionalLong shown = pc.week(w.phase(), week);
                rows.add(List.of(Cell.text(w.phase().code()), Cell.text(week.first().toString()),
                        Cell.text(week.last().toString()), Cell.number(week.days()), count(shown),
                        Cell.text(week.complete() ? "yes" : "no")));
                categories.add((shown.isEmpty() ? "(*) " : "") + week.first());
                for (Phase phase : Phase.values()) {
                    values.get(phase).add(phase == w.phase() ? bar(shown) : null);
                }
            }
        }
        List<Series> series = new ArrayList<>();
        values.forEach((phase, v) -> series.add(new Series(phase.code(), v)));
        return new Table("Weekly", "Data contacts a week",
                List.of("Weeks start on the campaign's weekday; the last week of the campaign may be shorter."),
                List.of("Phase", "Week from", "Week to", "Days", "Contacts", "Complete"), rows,
                new Chart("Data contacts a week, before, during and after", "Contacts", categories, series));
    }

    private static Table split(CampaignImpact c, PublishedCampaign pc, DisclosurePolicy p, Dimension dimension) {
        Window before = c.window(Phase.BEFORE);
        Window during = c.window(Phase.DURING);
        Window after = c.window(Phase.AFTER);
        Map<String, String> labels = new LinkedHashMap<>();
        for (Window w : c.windows()) {
            Breakdown b = dimension == Dimension.SOURCE ? w.bySource() : w.byCallerGroup();
            b.rows().forEach(r -> labels.putIfAbsent(r.code(), r.label()));
        }
        List<List<Cell>> rows = new ArrayList<>();
        labels.forEach((code, label) -> {
            OptionalLong b = pc.row(Phase.BEFORE, dimension, code);
            OptionalLong d = pc.row(Phase.DURING, dimension, code);
            rows.add(List.of(Cell.text(code), Cell.text(label), count(b), count(d),
                    count(pc.row(Phase.AFTER, dimension, code)),
                    Cell.text(rateChange(p, b, before.days(), d, during.days()))));
        });
        String title = dimensionTitle(dimension);
        return new Table("By " + title.toLowerCase(Locale.ROOT), "Data contacts by " + title.toLowerCase(Locale.ROOT),
                List.of("Change is the change in contacts a week, during against before, from the published"
                        + " counts; n/a when either is suppressed or there were none before."),
                List.of("Code", title, "Before", "During", "After", "Change"), rows, null);
    }

    /** Change of the weekly rate from the published counts, e.g. "+25%"; n/a when undefined or suppressed. */
    static String rateChange(DisclosurePolicy p, OptionalLong b, long beforeDays, OptionalLong d, long duringDays) {
        if (b.isEmpty() || d.isEmpty() || b.getAsLong() == 0) {
            return NOT_AVAILABLE;
        }
        double rateBefore = b.getAsLong() / (double) beforeDays;
        double rateDuring = d.getAsLong() / (double) duringDays;
        return upliftText(Optional.of(100.0 * (rateDuring - rateBefore) / rateBefore), p);
    }

    static Cell count(OptionalLong shown) {
        return shown.isPresent() ? Cell.number(shown.getAsLong()) : Cell.text(DisclosurePolicy.SUPPRESSED);
    }

    private static Long bar(OptionalLong shown) {
        return shown.isPresent() ? shown.getAsLong() : null;
    }

}
