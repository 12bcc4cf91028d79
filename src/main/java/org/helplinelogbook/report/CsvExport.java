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
 * <p>Period summary contract: header {@code period,dimension,category,contacts}; then {@code total,all},
 * {@code total,data}, {@code total,non_data}; one row per active code of channel and caller type (all contacts)
 * then topic, outcome and source (data contacts), each in taxonomy order; then the extras caller_group (all
 * contacts, active codes) and caller_code ({@code with_code}, {@code distinct_codes}); last, metadata rows with
 * dimension {@code meta} whose fourth column is text, not a count. {@code contacts} is always the published
 * value: {@code 0}, {@code *} or a multiple of the rounding base (true counts only under an exact policy).
 */
final class CsvExport {

    static final String[] SUMMARY_HEADER = {"period", "dimension", "category", "contacts"};
    static final String[] CAMPAIGN_HEADER = {"campaign", "phase", "dimension", "category", "value"};

    private CsvExport() {}

    static void summary(PeriodSummary s, DisclosurePolicy p, OutputStream out) {
        write(out, csv -> {
            String period = s.period().label();
            csv.row(SUMMARY_HEADER);
            csv.row(period, "total", "all", p.cell(s.totals().all()));
            csv.row(period, "total", "data", p.cell(s.totals().data()));
            csv.row(period, "total", "non_data", p.cell(s.totals().nonData()));
            for (Dimension d : new Dimension[] {Dimension.CHANNEL, Dimension.CALLER_TYPE, Dimension.TOPIC,
                    Dimension.OUTCOME, Dimension.SOURCE, Dimension.CALLER_GROUP}) {
                for (CategoryCount c : s.breakdown(d).activeRows()) {
                    csv.row(period, d.code(), c.code(), p.cell(c.count()));
                }
            }
            csv.row(period, "caller_code", "with_code", p.cell(s.callerCodes().contactsWithCode()));
            csv.row(period, "caller_code", "distinct_codes", p.cell(s.callerCodes().distinctCodes()));
            if (s.demo()) {
                csv.row(period, "meta", "demo_logbook", Documents.DEMO_NOTE);
            }
            csv.row(period, "meta", "policy", p.describe());
            csv.row(period, "meta", "taxonomy_version", Integer.toString(s.taxonomyVersion()));
            csv.row(period, "meta", "generated_at", Documents.timestamp(s.generatedAt()));
            csv.row(period, "meta", "audit_anchor", s.auditAnchor());
            csv.row(period, "meta", "first_day", s.period().firstDay().toString());
            csv.row(period, "meta", "last_day", s.period().lastDay().toString());
            csv.row(period, "meta", "zone", s.zone().getId());
        });
    }

    static void campaign(CampaignImpact c, DisclosurePolicy p, OutputStream out) {
        write(out, csv -> {
            String name = c.campaignName();
            csv.row(CAMPAIGN_HEADER);
            for (Window w : c.windows()) {
                String phase = w.phase().code();
                csv.row(name, phase, "total", "data", p.cell(w.contacts()));
                for (Week week : w.weeks()) {
                    csv.row(name, phase, "week", week.first().toString(), p.cell(week.contacts()));
                }
                for (CategoryCount r : w.bySource().rows()) {
                    csv.row(name, phase, "source", r.code(), p.cell(r.count()));
                }
                for (CategoryCount r : w.byCallerGroup().rows()) {
                    csv.row(name, phase, "caller_group", r.code(), p.cell(r.count()));
                }
            }
            for (Map.Entry<String, String[]> e : Documents.impactFigures(c, p).entrySet()) {
                csv.row(name, "all", "impact", e.getKey(), e.getValue()[1]);
            }
            csv.row(name, "meta", "meta", "starts_on", c.startsOn().toString());
            csv.row(name, "meta", "meta", "ends_on", c.endsOn().toString());
            csv.row(name, "meta", "meta", "weeks_each_side", Integer.toString(c.weeksEachSide()));
            csv.row(name, "meta", "meta", "cost", c.cost() == null ? Documents.NOT_AVAILABLE
                    : Documents.money(c.cost(), c.currency()));
            csv.row(name, "meta", "meta", "counts", "data contacts");
            if (c.demo()) {
                csv.row(name, "meta", "meta", "demo_logbook", Documents.DEMO_NOTE);
            }
            csv.row(name, "meta", "meta", "policy", p.describe());
            csv.row(name, "meta", "meta", "taxonomy_version", Integer.toString(c.taxonomyVersion()));
            csv.row(name, "meta", "meta", "generated_at", Documents.timestamp(c.generatedAt()));
            csv.row(name, "meta", "meta", "audit_anchor", c.auditAnchor());
        });
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
