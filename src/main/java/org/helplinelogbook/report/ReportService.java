package org.helplinelogbook.report;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.domain.SummaryRepository;
import org.helplinelogbook.domain.SummaryRepository.DayCount;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.domain.TaxonomyEntry;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.CampaignImpact.Phase;
import org.helplinelogbook.report.CampaignImpact.Week;
import org.helplinelogbook.report.CampaignImpact.Window;

/**
 * Period summaries and campaign impact for managers. Every figure comes from SQL aggregates read in one unit of
 * work; the results hold true counts and are published through {@link Exporter} under a {@link DisclosurePolicy}.
 * Both the CLI and the dashboard call this: {@code summarise} / {@code campaignImpact} for the model, or
 * {@code export} to write a file in one step.
 */
public final class ReportService {

    /** Breakdowns in report order, and whether each counts data contacts only. */
    static final Map<Dimension, Boolean> DIMENSIONS = dimensions();

    private final Store store;
    private final ZoneId zone;
    private final Clock clock;

    public ReportService(Store store, ZoneId zone) {
        this(store, zone, Clock.systemUTC());
    }

    public ReportService(Store store, ZoneId zone, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.zone = Objects.requireNonNull(zone);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The period's figures with last year's totals for comparison. Managers only. */
    public PeriodSummary summarise(Actor actor, Period period) {
        actor.requireManager("see report figures");
        Objects.requireNonNull(period, "period");
        LocalDate from = period.firstDay();
        LocalDate to = period.lastDay();
        Period previous = period.sameLastYear();
        Instant generated = clock.instant();
        return store.read(r -> {
            SummaryRepository s = r.summaries();
            Taxonomy taxonomy = r.taxonomy().load();
            var totals = s.totals(from, to);
            List<Breakdown> breakdowns = new ArrayList<>();
            DIMENSIONS.forEach((dimension, dataOnly) -> breakdowns.add(breakdown(taxonomy, dimension, dataOnly,
                    dataOnly ? totals.data() : totals.all(), s.byDimension(dimension, from, to, dataOnly))));
            return new PeriodSummary(period, zone, taxonomy.version(), generated, auditAnchor(r), totals,
                    breakdowns, s.callerCodes(from, to), s.durations(from, to), s.perDay(from, to),
                    s.heatMap(from, to),
                    new PeriodSummary.YearOnYear(previous, s.totals(previous.firstDay(), previous.lastDay())),
                    isDemo(r));
        });
    }

    /**
     * Data contacts in the {@code weeks} weeks before and after a campaign and during it. With {@code weeks} 0
     * the windows are as long as the campaign in whole weeks, rounded up. Managers only.
     */
    public CampaignImpact campaignImpact(Actor actor, Campaign campaign, int weeks) {
        actor.requireManager("see campaign figures");
        Objects.requireNonNull(campaign, "campaign");
        if (weeks < 0) {
            throw new IllegalArgumentException("the number of weeks before and after cannot be negative");
        }
        int n = weeks == 0 ? (int) ((campaign.lengthInDays() + 6) / 7) : weeks;
        LocalDate beforeFirst = campaign.startsOn().minusWeeks(n);
        LocalDate afterLast = campaign.endsOn().plusWeeks(n);
        Instant generated = clock.instant();
        LocalDate today = LocalDate.ofInstant(generated, zone);
        return store.read(r -> {
            SummaryRepository s = r.summaries();
            Taxonomy taxonomy = r.taxonomy().load();
            Map<LocalDate, Long> daily = new LinkedHashMap<>();
            for (DayCount d : s.perDay(beforeFirst, afterLast)) {
                daily.put(d.date(), d.data());
            }
            List<Window> windows = List.of(
                    window(s, taxonomy, Phase.BEFORE, beforeFirst, campaign.startsOn().minusDays(1), daily, today),
                    window(s, taxonomy, Phase.DURING, campaign.startsOn(), campaign.endsOn(), daily, today),
                    window(s, taxonomy, Phase.AFTER, campaign.endsOn().plusDays(1), afterLast, daily, today));
            return new CampaignImpact(campaign.name(), campaign.startsOn(), campaign.endsOn(), campaign.cost(),
                    campaign.currency() == null ? "GBP" : campaign.currency(), n, taxonomy.version(), generated,
                    auditAnchor(r), windows, isDemo(r));
        });
    }

    /** {@link #campaignImpact(Actor, Campaign, int)} by campaign name (case-insensitive). */
    public CampaignImpact campaignImpact(Actor actor, String campaignName, int weeks) {
        actor.requireManager("see campaign figures");
        Campaign campaign = store.read(r -> r.campaigns().findByName(campaignName))
                .orElseThrow(() -> new IllegalArgumentException("there is no campaign called '" + campaignName + "'"));
        return campaignImpact(actor, campaign, weeks);
    }

    /** Summarises {@code period} and writes it in {@code format} under {@code policy}. */
    public void export(Actor actor, Period period, ExportFormat format, DisclosurePolicy policy, OutputStream out) {
        Exporter.write(format, summarise(actor, period), policy, out);
    }

    /** Measures a campaign by name and writes it in {@code format} under {@code policy}. */
    public void exportCampaign(Actor actor, String campaignName, int weeks, ExportFormat format,
            DisclosurePolicy policy, OutputStream out) {
        Exporter.write(format, campaignImpact(actor, campaignName, weeks), policy, out);
    }

    private Window window(SummaryRepository s, Taxonomy taxonomy, Phase phase, LocalDate first, LocalDate last,
            Map<LocalDate, Long> daily, LocalDate today) {
        List<Week> weeks = new ArrayList<>();
        long total = 0;
        for (LocalDate start = first; !start.isAfter(last); start = start.plusWeeks(1)) {
            LocalDate end = start.plusDays(6).isAfter(last) ? last : start.plusDays(6);
            long count = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                count += daily.getOrDefault(d, 0L);
            }
            weeks.add(new Week(start, end, count, end.isBefore(today)));
            total += count;
        }
        return new Window(phase, first, last, total, weeks,
                breakdown(taxonomy, Dimension.SOURCE, true, total, s.byDimension(Dimension.SOURCE, first, last, true)),
                breakdown(taxonomy, Dimension.CALLER_GROUP, true, total,
                        s.byDimension(Dimension.CALLER_GROUP, first, last, true)));
    }

    static Breakdown breakdown(Taxonomy taxonomy, Dimension dimension, boolean dataOnly, long basis,
            Map<String, Long> counts) {
        List<CategoryCount> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TaxonomyEntry e : taxonomy.active(dimension)) {
            rows.add(new CategoryCount(e.code(), e.label(), true, counts.getOrDefault(e.code(), 0L)));
            seen.add(e.code());
        }
        for (TaxonomyEntry e : taxonomy.all(dimension)) {
            if (!seen.contains(e.code()) && counts.getOrDefault(e.code(), 0L) > 0) {
                rows.add(new CategoryCount(e.code(), e.label() + " (retired)", false, counts.get(e.code())));
                seen.add(e.code());
            }
        }
        counts.forEach((code, count) -> {
            if (!seen.contains(code) && count > 0) {
                String label = code.equals(SummaryRepository.NONE) ? noneLabel(dimension) : code + " (unknown code)";
                rows.add(new CategoryCount(code, label, false, count));
            }
        });
        return new Breakdown(dimension, dataOnly, basis, rows);
    }

    private static String noneLabel(Dimension dimension) {
        return switch (dimension) {
            case SOURCE -> "Not recorded";
            case CALLER_GROUP -> "No group";
            default -> "None";
        };
    }

    /** A demo logbook's exports say so on their cover and in their metadata. */
    private static boolean isDemo(Store.Repositories r) {
        return r.settings().get(org.helplinelogbook.domain.LogbookSettings.DEMO_LOGBOOK).map("true"::equals).orElse(false);
    }

    private static String auditAnchor(Store.Repositories r) {
        return r.audit().last()
                .map(e -> "seq " + e.seq() + " / mac " + e.mac().substring(0, Math.min(16, e.mac().length())))
                .orElse("none");
    }

    private static Map<Dimension, Boolean> dimensions() {
        Map<Dimension, Boolean> m = new LinkedHashMap<>();
        m.put(Dimension.CHANNEL, false);
        m.put(Dimension.CALLER_TYPE, false);
        m.put(Dimension.TOPIC, true);
        m.put(Dimension.OUTCOME, true);
        m.put(Dimension.SOURCE, true);
        m.put(Dimension.CALLER_GROUP, false);
        return java.util.Collections.unmodifiableMap(m);
    }
}
