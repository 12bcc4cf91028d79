package org.helplinelogbook.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.CampaignImpact.Week;
import org.helplinelogbook.report.CampaignImpact.Window;

/**
 * CSV exports, UTF-8 without a byte-order mark, CRLF line ends (RFC 4180). Every field goes through
 * {@link FormulaGuard}.
 *
 * <p>Period summary contract: header {@code period,dimension,category,label,contacts,percent}; then
 * {@code total,all}, {@code total,data}, {@code total,non_data}; one row per active code of channel and caller
 * type (all contacts) then topic, outcome and source (data contacts), each in taxonomy order; then the extras
 * caller_group (all contacts, active codes) and caller_code ({@code with_code}, {@code distinct_codes}); last,
 * metadata rows with dimension {@code meta} whose {@code contacts} column is text, not a count. {@code label} is
 * the category's en-GB label; {@code contacts} is always the published value: {@code 0}, {@code *} or a multiple
 * of the rounding base (true counts only under an exact policy); {@code percent} is the row's share of its table's
 * total in whole percent from the published figures (one decimal in exact mode), empty for totals, for codeword
 * counts and wherever it would depend on a {@code *}.
 */
final class CsvExport {

    static final String[] SUMMARY_HEADER = {"period", "dimension", "category", "label", "contacts", "percent"};
    static final String[] CAMPAIGN_HEADER = {"campaign", "phase", "dimension", "category", "label", "value"};
    static final String ROUNDING_NOTE = "Every figure, totals included, is rounded from its own true value, so"
            + " rows need not add up to the total; * hides a count from 1 to the threshold, or a larger one hidden"
            + " so that a small one cannot be worked out from the others. In a table whose total is * (all contacts;"
            + " for topic, outcome and source, data contacts; in a campaign, a window's data contacts) every figure"
            + " is *, zeros too: there a * can also stand for 0.";
    /** An exact (internal) export says so instead: its small counts are true ones and may point to one caller. */
    static final String EXACT_NOTE = "Exact counts for internal use: nothing is rounded or hidden, so a small count"
            + " can point to a single caller. Do not publish or pass on.";

    private CsvExport() {}

    static void summary(PeriodSummary s, DisclosurePolicy p, OutputStream out) {
        summary(s, PublishedFigures.of(s, p), out);
    }

    static void summary(PeriodSummary s, PublishedFigures f, OutputStream out) {
        DisclosurePolicy p = f.policy();
        write(out, csv -> {
            String period = s.period().label();
            csv.row(SUMMARY_HEADER);
            csv.row(period, "total", "all", "All contacts", f.cell(PublishedFigures.ALL), "");
            csv.row(period, "total", "data", "Data contacts", f.cell(PublishedFigures.DATA), "");
            csv.row(period, "total", "non_data", "Non-data contacts", f.cell(PublishedFigures.NON_DATA), "");
            for (Dimension d : new Dimension[] {Dimension.CHANNEL, Dimension.CALLER_TYPE, Dimension.TOPIC,
                    Dimension.OUTCOME, Dimension.SOURCE, Dimension.CALLER_GROUP}) {
                Breakdown b = s.breakdown(d);
                var whole = f.value(b.dataOnly() ? PublishedFigures.DATA : PublishedFigures.ALL);
                for (CategoryCount c : b.activeRows()) {
                    var shown = f.value(d, c.code());
                    csv.row(period, d.code(), c.code(), c.label(), PublishedFigures.text(shown),
                            f.percent(shown, whole).map(t -> t.replace("%", "")).orElse(""));
                }
            }
            csv.row(period, "caller_code", "with_code", "Contacts giving a codeword",
                    f.cell(PublishedFigures.WITH_CODE), "");
            csv.row(period, "caller_code", "distinct_codes", "Different codewords (returning callers)",
                    f.cell(PublishedFigures.DISTINCT_CODES), "");
            if (s.demo()) {
                csv.row(period, "meta", "demo_logbook", "Demo logbook", Documents.DEMO_NOTE, "");
            }
            csv.row(period, "meta", "policy", "Disclosure control", p.describe(), "");
            csv.row(period, "meta", "note", "How to read the figures", howToRead(p), "");
            csv.row(period, "meta", "organisation", "Organisation", s.organisation(), "");
            csv.row(period, "meta", "taxonomy_version", "Taxonomy version", Integer.toString(s.taxonomyVersion()), "");
            csv.row(period, "meta", "generated_at", "Generated at", Documents.timestamp(s.generatedAt()), "");
            csv.row(period, "meta", "audit_anchor", "Audit anchor", s.auditAnchor(), "");
            csv.row(period, "meta", "first_day", "First day", s.period().firstDay().toString(), "");
            csv.row(period, "meta", "last_day", "Last day", s.period().lastDay().toString(), "");
            csv.row(period, "meta", "zone", "Time zone", s.zone().getId(), "");
        });
    }

    static void campaign(CampaignImpact c, DisclosurePolicy p, OutputStream out) {
        campaign(c, PublishedCampaign.of(c, p), p, out);
    }

    static void campaign(CampaignImpact c, PublishedCampaign pc, DisclosurePolicy p, OutputStream out) {
        write(out, csv -> {
            String name = c.campaignName();
            csv.row(CAMPAIGN_HEADER);
            for (Window w : c.windows()) {
                String phase = w.phase().code();
                csv.row(name, phase, "total", "data", "Data contacts " + w.first() + " to " + w.last(),
                        PublishedFigures.text(pc.total(w.phase())));
                for (Week week : w.weeks()) {
                    csv.row(name, phase, "week", week.first().toString(), "Week " + week.first() + " to "
                            + week.last() + (week.complete() ? "" : " (not yet over)"),
                            PublishedFigures.text(pc.week(w.phase(), week)));
                }
                boolean hidden = pc.hiddenWindow(w.phase());
                for (CategoryCount r : Documents.listed(w.bySource().rows(), hidden)) {
                    csv.row(name, phase, "source", r.code(), r.label(),
                            PublishedFigures.text(pc.row(w.phase(), Dimension.SOURCE, r.code())));
                }
                for (CategoryCount r : Documents.listed(w.byCallerGroup().rows(), hidden)) {
                    csv.row(name, phase, "caller_group", r.code(), r.label(),
                            PublishedFigures.text(pc.row(w.phase(), Dimension.CALLER_GROUP, r.code())));
                }
            }
            for (Map.Entry<String, String[]> e : Documents.impactFigures(c, pc, p).entrySet()) {
                csv.row(name, "all", "impact", e.getKey(), e.getValue()[0], e.getValue()[1]);
            }
            csv.row(name, "meta", "meta", "cost_explained", "How cost per additional contact is worked out",
                    Documents.COST_EXPLAINED);
            csv.row(name, "meta", "meta", "starts_on", "Campaign starts", c.startsOn().toString());
            csv.row(name, "meta", "meta", "ends_on", "Campaign ends", c.endsOn().toString());
            csv.row(name, "meta", "meta", "weeks_each_side", "Weeks compared before and after",
                    Integer.toString(c.weeksEachSide()));
            csv.row(name, "meta", "meta", "cost", "Campaign cost", c.cost() == null ? Documents.NOT_AVAILABLE
                    : Documents.money(c.cost(), c.currency()));
            csv.row(name, "meta", "meta", "counts", "Counts", "data contacts");
            if (c.demo()) {
                csv.row(name, "meta", "meta", "demo_logbook", "Demo logbook", Documents.DEMO_NOTE);
            }
            csv.row(name, "meta", "meta", "policy", "Disclosure control", p.describe());
            csv.row(name, "meta", "meta", "note", "How to read the figures", howToRead(p));
            csv.row(name, "meta", "meta", "organisation", "Organisation", c.organisation());
            csv.row(name, "meta", "meta", "taxonomy_version", "Taxonomy version", Integer.toString(c.taxonomyVersion()));
            csv.row(name, "meta", "meta", "generated_at", "Generated at", Documents.timestamp(c.generatedAt()));
            csv.row(name, "meta", "meta", "audit_anchor", "Audit anchor", c.auditAnchor());
        });
    }

    private static String howToRead(DisclosurePolicy p) {
        return p.exact() ? EXACT_NOTE : ROUNDING_NOTE;
    }

    private interface Rows {
        void write(Guarded csv) throws IOException;
    }

    /** A CSV writer that guards every field. */
    private record Guarded(CsvWriter writer) {
        void row(String... fields) {
            String[] guarded = new String[fields.length];
            for (int i = 0; i < fields.length; i++) {
                guarded[i] = FormulaGuard.text(fields[i]);
            }
            writer.writeRecord(guarded);
        }
    }

    private static void write(OutputStream out, Rows rows) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // not closed: the caller owns the stream
            CsvWriter csv = CsvWriter.builder().build(writer);
            rows.write(new Guarded(csv));
            csv.flush();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the CSV export", e);
        }
    }
}
