package org.helplinelogbook.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
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
import org.helplinelogbook.report.ReportDocument.KeyFigure;
import org.helplinelogbook.report.ReportDocument.Meta;
import org.helplinelogbook.report.ReportDocument.Series;
import org.helplinelogbook.report.ReportDocument.Table;

/** Lays out summaries and campaign figures as {@link ReportDocument}s from their published figures. */
final class Documents {

    static final String NOT_AVAILABLE = "n/a";
    static final String CONTENT_NOTE = "One-way tables only. No notes, codewords, staff names, or dates finer"
            + " than the period.";
    /** How the cost per additional contact is worked out, in plain words (shown beside it in every export). */
    static final String COST_EXPLAINED = "The campaign's cost divided by the additional contacts: the data contacts"
            + " during the campaign minus those expected at the weekly rate before it. Worked out from the published"
            + " (rounded) totals; n/a when there was no uplift or no cost was recorded.";
    /** What a {@code *} total does to its table, in every legend (cover, protection box, CSV note, table notes). */
    static final String WHOLE_TABLE = "In a table whose total is *, every figure is hidden, zeros too: there a *"
            + " can also stand for 0.";
    /** The note on a table hidden whole. */
    static final String TABLE_HIDDEN = "The total is hidden, so every figure in this table is hidden too, zeros"
            + " included: otherwise the zeros would tell which categories none of a few callers had.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'",
            Locale.UK);
    private static final DateTimeFormatter MEDIUM_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

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

    /** For machines (the CSV's meta row): ISO 8601 in UTC. */
    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * For people (the PDF's details, the spreadsheet's Read me): "5 Jan 2027, 09:30:00 UTC", en-GB like every other
     * date on the page, where "2027-01-05T09:30:00Z" stood out as the one raw value. Still to the second and in
     * UTC, so it can be matched with the audit trail.
     */
    static String readableTimestamp(Instant instant) {
        return GENERATED.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** A period in words: "October 2026", "July–September 2026 (2026-Q3)", "April 2026 – March 2027 (FY2026-27)". */
    static String periodName(Period p) {
        return switch (p.kind()) {
            case MONTH -> p.firstDay().format(MONTH);
            case QUARTER -> p.firstDay().getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + "–"
                    + p.lastDay().format(MONTH) + " (" + p.label() + ")";
            case FINANCIAL_YEAR -> p.firstDay().format(MONTH) + " – " + p.lastDay().format(MONTH) + " ("
                    + p.label() + ")";
            case RANGE -> days(p);
        };
    }

    /**
     * A period as a chart's legend names it, short enough for two side by side in half a page: "October 2026",
     * "Jul–Sept 2026", "Apr 2026 – Mar 2027", "5 Nov 2026", "5 Oct 2026 – 11 Oct 2026" (en-GB, as in the app).
     */
    static String shortPeriodName(Period p) {
        return switch (p.kind()) {
            case MONTH -> p.firstDay().format(MONTH);
            case QUARTER -> p.firstDay().format(SHORT_MONTH) + "–" + p.lastDay().format(SHORT_MONTH_YEAR);
            case FINANCIAL_YEAR -> p.firstDay().format(SHORT_MONTH_YEAR) + " – " + p.lastDay().format(SHORT_MONTH_YEAR);
            case RANGE -> p.firstDay().equals(p.lastDay()) ? p.firstDay().format(MEDIUM_DAY)
                    : p.firstDay().format(MEDIUM_DAY) + " – " + p.lastDay().format(MEDIUM_DAY);
        };
    }

    /**
     * A period as a column heading or sheet title names it: the form a manager types for a month, quarter or
     * financial year ("2026-10", "2026-Q3", "FY2026-27"), but days in words ("5 Oct 2026"), never the typed range
     * "2026-10-05..2026-10-05", which read as an internal code.
     */
    static String columnLabel(Period p) {
        return p.kind() == Period.Kind.RANGE ? shortPeriodName(p) : p.label();
    }

    /** "5 November 2026" for one day, else "1 November 2026 – 7 November 2026". */
    private static String days(Period p) {
        return p.firstDay().equals(p.lastDay()) ? p.firstDay().format(DAY)
                : p.firstDay().format(DAY) + " – " + p.lastDay().format(DAY);
    }

    /** "1 contact", "5 contacts", "* contacts": a shown count with its noun. */
    private static String contacts(String shown) {
        return shown + ("1".equals(shown) ? " contact" : " contacts");
    }

    /** The plain-English box: how small numbers are protected and why parts need not add up. */
    static List<String> protection(DisclosurePolicy p) {
        if (p.exact()) {
            return List.of("These are exact figures for internal use only. They include small numbers that could"
                    + " help someone recognise a caller, so this report must not leave the service.");
        }
        return List.of(
                "The helpline is anonymous, so small numbers are never shown: a count from 1 to "
                        + (p.suppressBelow() - 1) + " appears as *, and every other count is rounded to the nearest "
                        + p.roundTo() + ". A 0 means there were none.",
                "Where a table's total is * (a month or a campaign window with only a few contacts), every figure in that table is *,"
                        + " zeros included, so the table does not tell which categories none of those few callers"
                        + " had.",
                "Every figure, totals included, is rounded on its own, so the parts of a table need not add up to"
                        + " its total. Where the other figures would let someone work a small number out, a"
                        + " larger figure is hidden as * as well.",
                "Percentages and changes are worked out from the figures shown and are n/a when they would depend"
                        + " on a *.");
    }

    // ---- Period summaries

    static ReportDocument summary(PeriodSummary s, DisclosurePolicy policy) {
        return summary(s, PublishedFigures.of(s, policy));
    }

    static ReportDocument summary(PeriodSummary s, PublishedFigures f) {
        DisclosurePolicy policy = f.policy();
        List<Meta> cover = new ArrayList<>();
        cover.add(new Meta("Organisation", s.organisation()));
        cover.add(new Meta("Period", columnLabel(s.period())));
        String dates = days(s.period()) + " (" + s.zone().getId() + ")";
        cover.add(new Meta("Dates", dates));
        if (notOver(s)) {
            cover.add(new Meta(NOT_OVER, notOverNote(s)));
        }
        common(cover, policy, s.taxonomyVersion(), s.generatedAt(), s.auditAnchor(), s.demo());
        List<Table> tables = new ArrayList<>();
        Table totals = totals(s, f);
        tables.add(totals);
        tables.add(durations(s, f));
        for (Breakdown b : s.breakdowns()) {
            tables.add(breakdown(b, f));
        }
        List<Chart> front = new ArrayList<>();
        front.add(totals.chart());
        front.add(tables.stream().filter(t -> t.sheetName().equals("Caller group")).findFirst().orElseThrow()
                .chart());
        return new ReportDocument((s.demo() ? DEMO_TITLE : "") + "Helpline contacts: " + periodName(s.period()),
                columnLabel(s.period()),
                s.organisation(), dates, cover, policy.exact(), s.demo(), keyFigures(s, f), front, protection(policy), tables);
    }

    private static List<KeyFigure> keyFigures(PeriodSummary s, PublishedFigures f) {
        String before = periodName(s.lastYear().period());
        List<KeyFigure> out = new ArrayList<>();
        String[][] measures = {{"All contacts", PublishedFigures.ALL}, {"Data contacts", PublishedFigures.DATA},
            {"Non-data contacts", PublishedFigures.NON_DATA}};
        for (String[] m : measures) {
            OptionalLong now = f.value(m[1]);
            OptionalLong then = f.lastYear(m[1]);
            out.add(new KeyFigure(m[0], PublishedFigures.text(now), before + ": " + PublishedFigures.text(then)
                    + " · change " + (notOver(s) ? NOT_AVAILABLE + " (not over yet)"
                            : f.change(now, then).orElse(NOT_AVAILABLE))));
        }
        out.add(new KeyFigure("Returning callers", f.cell(PublishedFigures.DISTINCT_CODES),
                "different codewords; " + contacts(f.cell(PublishedFigures.WITH_CODE)) + " gave one"));
        Table lengths = durations(s, f);
        out.add(new KeyFigure("Median length of a data contact", minutesText(lengths.rows().get(1).get(1)),
                "90th percentile " + minutesText(lengths.rows().get(2).get(1)) + "; "
                        + contacts(lengths.rows().get(0).get(1).text()) + " timed"));
        return out;
    }

    /** Put before the title of every export of a demo logbook. */
    static final String DEMO_TITLE = "DEMO DATA — ";
    /** On every page and sheet of a demo logbook's export, as the internal stamp is on an exact one. */
    static final String DEMO_STAMP = "DEMO DATA — made-up example contacts, not real calls";
    static final String DEMO_NOTE = "This is a demo logbook: every contact in it is made-up example data, not a real call.";

    private static void common(List<Meta> cover, DisclosurePolicy policy, int taxonomyVersion, Instant generated,
            String auditAnchor, boolean demo) {
        if (demo) {
            cover.add(0, new Meta("Demo logbook", DEMO_NOTE));
        }
        cover.add(new Meta("Disclosure control", policy.describe()));
        if (!policy.exact()) {
            cover.add(new Meta("What * means", "A count from 1 to " + (policy.suppressBelow() - 1) + ", or a larger"
                    + " figure hidden so that a small one cannot be worked out from the others. " + WHOLE_TABLE));
            cover.add(new Meta("Why parts need not add up", "Every figure, totals included, is rounded from its own"
                    + " true value. Percentages are worked out from the figures shown."));
        }
        cover.add(new Meta("Taxonomy version", Integer.toString(taxonomyVersion)));
        cover.add(new Meta("Generated at", readableTimestamp(generated)));
        cover.add(new Meta("Audit anchor", auditAnchor));
        cover.add(new Meta("Contents", CONTENT_NOTE));
        if (policy.exact()) {
            cover.add(new Meta("Stamp", DisclosurePolicy.INTERNAL_STAMP));
        }
    }

    private static Table totals(PeriodSummary s, PublishedFigures f) {
        List<List<Cell>> rows = new ArrayList<>();
        String[][] measures = {{"All contacts", PublishedFigures.ALL}, {"Data contacts", PublishedFigures.DATA},
            {"Non-data contacts", PublishedFigures.NON_DATA}};
        List<Long> now = new ArrayList<>();
        List<Long> before = new ArrayList<>();
        for (String[] m : measures) {
            OptionalLong n = f.value(m[1]);
            OptionalLong b = f.lastYear(m[1]);
            rows.add(List.of(Cell.text(m[0]), count(n), count(b),
                    notOver(s) ? Cell.text(NOT_AVAILABLE) : change(f, n, b)));
            now.add(bar(n));
            before.add(bar(b));
        }
        rows.add(List.of(Cell.text("Contacts giving a codeword"), count(f.value(PublishedFigures.WITH_CODE)),
                Cell.text(""), Cell.text("")));
        rows.add(List.of(Cell.text("Different codewords (returning callers)"),
                count(f.value(PublishedFigures.DISTINCT_CODES)), Cell.text(""), Cell.text("")));
        Chart chart = new Chart("Contacts " + (s.period().firstDay().equals(s.period().lastDay()) ? "on " : "in ")
                + shortPeriodName(s.period()) + " and a year earlier", "Contacts",
                List.of("All contacts", "Data contacts", "Non-data contacts"),
                List.of(new Series(shortPeriodName(s.period()), now),
                        new Series(shortPeriodName(s.lastYear().period()), before)));
        List<String> notes = new ArrayList<>();
        if (!f.policy().exact()) { // exact figures add up, and saying they are rounded would make small ones look safe
            notes.add("Every figure, totals included, is rounded from its true value, so rows need not add up.");
        }
        if (notOver(s)) {
            notes.add(notOverNote(s));
        } else {
            notes.add("Change is against " + columnLabel(s.lastYear().period()) + ".");
        }
        if (f.value(PublishedFigures.ALL).isEmpty()) {
            notes.add(TABLE_HIDDEN);
        }
        return new Table("Totals", "Totals", notes,
                List.of("Measure", columnLabel(s.period()), columnLabel(s.lastYear().period()), "Change"), rows, chart, false,
                false);
    }

    /**
     * Whether the period was still under way when the report was made and is compared with the whole of last year's:
     * its figures count contacts only up to then, and a change against the whole of last year's period would read as a fall that is not there (an export keeps
     * the whole period for last year, so that its figures stay on the grid; ReportService#publish).
     */
    /** The label of the line saying a period was not over when its report was made. */
    static final String NOT_OVER = "Not over yet";

    static boolean notOver(PeriodSummary s) {
        return s.period().underWayOn(LocalDate.ofInstant(s.generatedAt(), s.zone()))
                && s.lastYear().period().equals(s.period().sameLastYear()); // not the same days, as on screen
    }

    private static String notOverNote(PeriodSummary s) {
        return "This period was not over when the report was made ("
                + MEDIUM_DAY.format(LocalDate.ofInstant(s.generatedAt(), s.zone())) + "): its figures count contacts up"
                + " to then, against the whole of " + periodName(s.lastYear().period())
                + ", so no change is given. Export it again once it is over.";
    }

    private static Table durations(PeriodSummary s, PublishedFigures f) {
        DisclosurePolicy p = f.policy();
        var d = s.durations();
        OptionalLong timed = f.value(PublishedFigures.TIMED);
        boolean hidden = timed.isEmpty();
        List<List<Cell>> rows = List.of(
                List.of(Cell.text("Data contacts timed"), count(timed)),
                List.of(Cell.text("Median length (minutes)"), minutes(p, hidden, d.medianSeconds())),
                List.of(Cell.text("90th percentile length (minutes)"), minutes(p, hidden, d.p90Seconds())));
        return new Table("Durations", "Length of data contacts",
                List.of(p.exact() ? "Minutes to one decimal place." : "Rounded to whole minutes; hidden (*) when"
                        + " the number of contacts is hidden, as it is whenever the data contacts are."),
                List.of("Measure", "Value"), rows, null, false, false);
    }

    private static String minutesText(Cell c) {
        return c.number() != null ? c.text() + " min" : c.text();
    }

    private static Cell minutes(DisclosurePolicy p, boolean hidden, Double seconds) {
        // hidden first: "n/a" beside a hidden count would say that no contact was timed
        if (hidden) {
            return Cell.text(DisclosurePolicy.SUPPRESSED);
        }
        if (seconds == null) {
            return Cell.text(NOT_AVAILABLE);
        }
        double minutes = seconds / 60.0;
        return p.exact() ? Cell.decimal(Math.round(minutes * 10) / 10.0) : Cell.number(Math.round(minutes));
    }

    private static Table breakdown(Breakdown b, PublishedFigures f) {
        String basis = b.dataOnly() ? "data contacts" : "all contacts";
        List<List<Cell>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        OptionalLong whole = f.value(b.dataOnly() ? PublishedFigures.DATA : PublishedFigures.ALL);
        for (CategoryCount c : listed(b.rows(), whole.isEmpty())) {
            OptionalLong shown = f.value(b.dimension(), c.code());
            rows.add(List.of(Cell.text(c.code()), Cell.text(c.label()), count(shown), percent(f, shown, whole)));
            String category = seen.add(c.label()) ? c.label() : c.label() + " (" + c.code() + ")";
            categories.add(category);
            values.add(bar(shown));
        }
        rows.add(List.of(Cell.text(""), Cell.text("Total (" + basis + ")"), count(whole),
                whole.isPresent() && whole.getAsLong() > 0 ? Cell.percent(1, f.policy().exact())
                        : Cell.text(NOT_AVAILABLE)));
        List<String> notes = new ArrayList<>();
        notes.add("Counts " + basis + ".");
        if (whole.isEmpty()) {
            notes.add(TABLE_HIDDEN);
        }
        if (b.multiValued()) {
            notes.add("A contact with several " + dimensionTitle(b.dimension()).toLowerCase(Locale.ROOT)
                    + "s counts once under each, so rows can add up to more than the total.");
        }
        String title = dimensionTitle(b.dimension());
        return new Table(title, "Contacts by " + title.toLowerCase(Locale.ROOT), notes,
                List.of("Code", title, "Contacts", "% of " + basis), rows,
                new Chart("Contacts by " + title.toLowerCase(Locale.ROOT) + " (" + basis + ")", "Contacts",
                        categories, List.of(new Series("Contacts", values))), true, true);
    }

    /**
     * The rows a table lists: a retired or unknown code, or the "none" bucket, appears only when it has contacts,
     * so in a table hidden whole (its total {@code *}) it is left out: its mere presence would say that someone had
     * it. Active codes are listed whatever the figures.
     */
    static List<CategoryCount> listed(List<CategoryCount> rows, boolean hiddenTable) {
        return hiddenTable ? rows.stream().filter(CategoryCount::active).toList() : rows;
    }

    private static Cell percent(PublishedFigures f, OptionalLong part, OptionalLong whole) {
        if (part.isEmpty() || whole.isEmpty() || whole.getAsLong() == 0) {
            return Cell.text(NOT_AVAILABLE);
        }
        return Cell.percent((double) part.getAsLong() / whole.getAsLong(), f.policy().exact());
    }

    private static Cell change(PublishedFigures f, OptionalLong now, OptionalLong before) {
        if (now.isEmpty() || before.isEmpty() || before.getAsLong() == 0) {
            return Cell.text(NOT_AVAILABLE);
        }
        return Cell.change((double) (now.getAsLong() - before.getAsLong()) / before.getAsLong(),
                f.policy().exact());
    }

    // ---- Campaigns

    static ReportDocument campaign(CampaignImpact c, DisclosurePolicy p) {
        return campaign(c, PublishedCampaign.of(c, p), p);
    }

    static ReportDocument campaign(CampaignImpact c, PublishedCampaign pc, DisclosurePolicy p) {
        List<Meta> cover = new ArrayList<>();
        cover.add(new Meta("Organisation", c.organisation()));
        cover.add(new Meta("Campaign", c.campaignName()));
        String dates = DAY.format(c.startsOn()) + " – " + DAY.format(c.endsOn());
        cover.add(new Meta("Campaign dates", dates));
        cover.add(new Meta("Compared with", c.weeksEachSide() + " weeks before and " + c.weeksEachSide()
                + " weeks after"));
        cover.add(new Meta("Counts", "Data contacts"));
        cover.add(new Meta("Cost", c.cost() == null ? NOT_AVAILABLE : money(c.cost(), c.currency())));
        cover.add(new Meta("Cost per additional contact", COST_EXPLAINED));
        common(cover, p, c.taxonomyVersion(), c.generatedAt(), c.auditAnchor(), c.demo());
        List<Table> tables = new ArrayList<>();
        tables.add(impactTable(c, pc, p));
        Table weekly = weekly(c, pc);
        tables.add(weekly);
        tables.add(split(c, pc, p, Dimension.SOURCE));
        tables.add(split(c, pc, p, Dimension.CALLER_GROUP));
        return new ReportDocument((c.demo() ? DEMO_TITLE : "") + "Campaign impact: " + c.campaignName(),
                c.campaignName(), c.organisation(),
                dates + " · compared with " + c.weeksEachSide() + " weeks before and after", cover, p.exact(), c.demo(),
                campaignFigures(c, pc, p), List.of(weekly.chart()), protection(p), tables);
    }

    private static List<KeyFigure> campaignFigures(CampaignImpact c, PublishedCampaign pc, DisclosurePolicy p) {
        Impact i = c.impact(p, pc.total(Phase.BEFORE), pc.total(Phase.DURING));
        List<KeyFigure> out = new ArrayList<>();
        for (Window w : c.windows()) {
            out.add(new KeyFigure("Data contacts " + w.phase().code(), PublishedFigures.text(pc.total(w.phase())),
                    SHORT_DAY.format(w.first()) + " – " + SHORT_DAY.format(w.last())
                            + (w.complete() ? "" : " (not yet over)")));
        }
        out.add(new KeyFigure("Uplift", upliftText(i.upliftPercent(), p), "contacts a week, during against before"));
        out.add(new KeyFigure("Additional contacts", decimal(i.additionalContacts()),
                "during, above the rate before"));
        out.add(new KeyFigure("Cost per additional contact",
                i.costPerAdditionalContact().map(v -> money(v, c.currency())).orElse(NOT_AVAILABLE),
                c.cost() == null ? "no cost recorded" : "cost " + money(c.cost(), c.currency())
                        + " ÷ additional contacts"));
        return out;
    }

    static String money(BigDecimal amount, String currency) {
        return currency + " " + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
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
        Impact i = c.impact(p, pc.total(Phase.BEFORE), pc.total(Phase.DURING));
        List<List<Cell>> rows = new ArrayList<>();
        for (Window w : c.windows()) {
            rows.add(List.of(Cell.text("Contacts " + w.phase().code() + " (" + w.first().format(MEDIUM_DAY) + " to "
                    + w.last().format(MEDIUM_DAY) + ")" + (w.complete() ? "" : " — not yet complete")),
                    count(pc.total(w.phase()))));
        }
        rows.add(List.of(Cell.text("Mean contacts a week before"), decimalCell(i.meanWeeklyBefore())));
        rows.add(List.of(Cell.text("Mean contacts a week during"), decimalCell(i.meanWeeklyDuring())));
        rows.add(List.of(Cell.text("Uplift (weekly mean, during vs before)"), i.upliftPercent()
                .map(u -> Cell.change(u / 100, p.exact())).orElse(Cell.text(NOT_AVAILABLE))));
        rows.add(List.of(Cell.text("Contacts expected during at the earlier rate"), decimalCell(i.expectedDuring())));
        rows.add(List.of(Cell.text("Additional contacts"), decimalCell(i.additionalContacts())));
        rows.add(List.of(Cell.text("Cost per additional contact"), i.costPerAdditionalContact()
                .map(v -> Cell.money(v, c.currency())).orElse(Cell.text(NOT_AVAILABLE))));
        return new Table("Impact", "Campaign impact", List.of("Data contacts. Under disclosure control the figures"
                        + " are worked out from the published (rounded) counts; n/a when undefined or when they would"
                        + " depend on a hidden count.", "Cost per additional contact: " + COST_EXPLAINED),
                List.of("Measure", "Value"), rows, null, false, true);
    }

    private static Cell decimalCell(Optional<Double> v) {
        return v.map(Cell::decimal).orElse(Cell.text(NOT_AVAILABLE));
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
                // en-GB as on page 1 ("28 Aug 2023", "Before"), not ISO dates and internal codes (the CSV keeps those)
                rows.add(List.of(Cell.text(capitalised(w.phase().code())), Cell.text(week.first().format(MEDIUM_DAY)),
                        Cell.text(week.last().format(MEDIUM_DAY)), Cell.number(week.days()), count(shown),
                        Cell.text(week.complete() ? "yes" : "no")));
                categories.add(SHORT_DAY.format(week.first()) + (week.complete() ? "" : " (part)"));
                for (Phase phase : Phase.values()) {
                    values.get(phase).add(phase == w.phase() ? bar(shown) : null);
                }
            }
        }
        List<Series> series = new ArrayList<>();
        values.forEach((phase, v) -> series.add(new Series(capitalised(phase.code()), v)));
        return new Table("Weekly", "Data contacts a week",
                withHiddenWindows(c, pc, "Weeks start on the campaign's weekday; the last week of the campaign may be"
                        + " shorter."),
                List.of("Phase", "Week from", "Week to", "Days", "Contacts", "Complete"), rows,
                new Chart("Data contacts a week before, during and after the campaign", "Contacts", categories,
                        series, true), false, true);
    }

    /** A campaign table's note, and what a hidden window total does to its column when there is one. */
    private static List<String> withHiddenWindows(CampaignImpact c, PublishedCampaign pc, String note) {
        List<String> hidden = c.windows().stream().filter(w -> pc.hiddenWindow(w.phase()))
                .map(w -> w.phase().code()).toList();
        if (hidden.isEmpty()) {
            return List.of(note);
        }
        return List.of(note, "The data contacts " + String.join(" and ", hidden) + " the campaign are hidden, so"
                + " every figure of that window is hidden too, zeros included.");
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Table split(CampaignImpact c, PublishedCampaign pc, DisclosurePolicy p, Dimension dimension) {
        Window before = c.window(Phase.BEFORE);
        Window during = c.window(Phase.DURING);
        Map<String, String> labels = new LinkedHashMap<>();
        for (Window w : c.windows()) {
            Breakdown b = dimension == Dimension.SOURCE ? w.bySource() : w.byCallerGroup();
            listed(b.rows(), pc.hiddenWindow(w.phase())).forEach(r -> labels.putIfAbsent(r.code(), r.label()));
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Map<Phase, List<Long>> values = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            values.put(phase, new ArrayList<>());
        }
        labels.forEach((code, label) -> {
            OptionalLong b = pc.row(Phase.BEFORE, dimension, code);
            OptionalLong d = pc.row(Phase.DURING, dimension, code);
            OptionalLong a = pc.row(Phase.AFTER, dimension, code);
            rows.add(List.of(Cell.text(code), Cell.text(label), count(b), count(d), count(a),
                    rateChangeCell(p, b, before.days(), d, during.days())));
            categories.add(label);
            values.get(Phase.BEFORE).add(bar(b));
            values.get(Phase.DURING).add(bar(d));
            values.get(Phase.AFTER).add(bar(a));
        });
        List<Series> series = new ArrayList<>();
        values.forEach((phase, v) -> series.add(new Series(capitalised(phase.code()), v)));
        String title = dimensionTitle(dimension);
        return new Table("By " + title.toLowerCase(Locale.ROOT), "Data contacts by " + title.toLowerCase(Locale.ROOT),
                withHiddenWindows(c, pc, "Change is the change in contacts a week, during against before, from the"
                        + " published counts; n/a when either is hidden or there were none before."),
                List.of("Code", title, "Before", "During", "After", "Change"), rows,
                new Chart("Data contacts by " + title.toLowerCase(Locale.ROOT), "Contacts", categories, series),
                true, true);
    }

    private static Cell rateChangeCell(DisclosurePolicy p, OptionalLong b, long beforeDays, OptionalLong d,
            long duringDays) {
        if (b.isEmpty() || d.isEmpty() || b.getAsLong() == 0) {
            return Cell.text(NOT_AVAILABLE);
        }
        double rateBefore = b.getAsLong() / (double) beforeDays;
        double rateDuring = d.getAsLong() / (double) duringDays;
        return Cell.change((rateDuring - rateBefore) / rateBefore, p.exact());
    }

    /** Change of the weekly rate from the published counts, e.g. "+25%"; n/a when undefined or suppressed. */
    static String rateChange(DisclosurePolicy p, OptionalLong b, long beforeDays, OptionalLong d, long duringDays) {
        return rateChangeCell(p, b, beforeDays, d, duringDays).text();
    }

    static Cell count(OptionalLong shown) {
        return shown.isPresent() ? Cell.number(shown.getAsLong()) : Cell.text(DisclosurePolicy.SUPPRESSED);
    }

    private static Long bar(OptionalLong shown) {
        return shown.isPresent() ? shown.getAsLong() : null;
    }
}
