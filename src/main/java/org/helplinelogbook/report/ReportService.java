package org.helplinelogbook.report;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.domain.SummaryRepository.DayCount;
import org.helplinelogbook.domain.SummaryRepository;
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

    /** {@link #summarise(Actor, Period, LocalDate)} on today's date by this service's clock. */
    public PeriodSummary summarise(Actor actor, Period period) {
        return summarise(actor, period, LocalDate.ofInstant(clock.instant(), zone));
    }

    /**
     * The period's figures, compared like with like with last year as they stand on {@code today}: a period still
     * under way against the same days a year earlier ({@link Period#comparedOn}), a finished one against the whole
     * same period. On screen only: a published export keeps the whole same period ({@link #publish}), since a
     * comparison over some days would publish figures off the grid. Managers only.
     */
    public PeriodSummary summarise(Actor actor, Period period, LocalDate today) {
        actor.requireManager("see report figures");
        Objects.requireNonNull(period, "period");
        Instant generated = clock.instant();
        return store.read(r -> read(r, period, period.comparedOn(today), generated));
    }

    /**
     * The period's figures as an export may publish them under {@code policy}: protected together with every grid
     * period inside it ({@link GridProtection}). Refused for a range of days unless the policy is exact. Managers only.
     */
    public Publication publish(Actor actor, Period period, DisclosurePolicy policy) {
        actor.requireManager("see report figures");
        requirePublishable(period, policy);
        Instant generated = clock.instant();
        return store.read(r -> {
            PeriodSummary summary = read(r, period, period.sameLastYear(), generated);
            if (policy.exact()) {
                return new Publication(summary, PublishedFigures.of(summary, policy));
            }
            GridProtection grid = new GridProtection(
                    p -> p.equals(period) ? summary : read(r, p, p.sameLastYear(), generated), policy);
            return new Publication(summary, grid.figures(period));
        });
    }

    /** A period's true summary and the figures an export publishes from it. */
    public record Publication(PeriodSummary summary, PublishedFigures figures) {}

    /**
     * Refuses to publish figures for anything but a grid period unless they are exact (and so stamped internal):
     * two ranges that differ by a few days would give away the contacts of those days by difference.
     */
    public static void requirePublishable(Period period, DisclosurePolicy policy) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policy, "policy");
        if (period.kind() == Period.Kind.RANGE && !policy.exact()) {
            throw new OffGridPeriodException(period);
        }
    }

    /**
     * Refuses a campaign comparison other than the campaign's own windows unless exact: windows of other lengths
     * would differ from the published ones by a few weeks, and the difference would be published too.
     */
    public static void requirePublishable(Campaign campaign, int weeks, DisclosurePolicy policy) {
        int saved = savedWeeks(campaign);
        if (!policy.exact() && weeks != 0 && weeks != saved) {
            throw new IllegalArgumentException("a campaign report is published with the campaign's own windows ("
                    + saved + " weeks before and after); comparing " + weeks + " weeks is available only as exact"
                    + " figures for internal use (--exact), or leave the number of weeks out");
        }
    }

    /** The weeks before and after a campaign that its published report compares: its length in whole weeks. */
    public static int savedWeeks(Campaign campaign) {
        return (int) ((campaign.lengthInDays() + 6) / 7);
    }

    private PeriodSummary read(Store.Repositories r, Period period, Period previous, Instant generated) {
        LocalDate from = period.firstDay();
        LocalDate to = period.lastDay();
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
                organisation(r), isDemo(r));
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
        int n = weeks == 0 ? savedWeeks(campaign) : weeks;
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
                    auditAnchor(r), windows, organisation(r), isDemo(r));
        });
    }

    /** {@link #campaignImpact(Actor, Campaign, int)} by campaign name (case-insensitive). */
    public CampaignImpact campaignImpact(Actor actor, String campaignName, int weeks) {
        actor.requireManager("see campaign figures");
        return campaignImpact(actor, campaign(campaignName), weeks);
    }

    /**
     * Writes {@code period} in {@code format} under {@code policy}: refused (before anything is written) for a
     * range of days unless exact; otherwise protected with the grid periods inside it.
     */
    public void export(Actor actor, Period period, ExportFormat format, DisclosurePolicy policy, OutputStream out) {
        actor.requireManager("export reports");
        requirePublishable(period, policy);
        Publication p = publish(actor, period, policy);
        Exporter.write(format, p.summary(), p.figures(), out);
    }

    /** Measures a campaign by name and writes it in {@code format} under {@code policy}. */
    public void exportCampaign(Actor actor, String campaignName, int weeks, ExportFormat format,
            DisclosurePolicy policy, OutputStream out) {
        actor.requireManager("export reports");
        Campaign campaign = campaign(campaignName);
        requirePublishable(campaign, weeks, policy);
        Exporter.write(format, campaignImpact(actor, campaign, weeks), policy, out);
    }

    private Campaign campaign(String campaignName) {
        return store.read(r -> r.campaigns().findByName(campaignName))
                .orElseThrow(() -> new IllegalArgumentException("there is no campaign called '" + campaignName + "'"));
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
            rows.add(new CategoryCount(e.code(), e.label(), true, counts.getOrDefault(e.code(), 0L), e.group()));
            seen.add(e.code());
        }
        for (TaxonomyEntry e : taxonomy.all(dimension)) {
            if (!seen.contains(e.code()) && counts.getOrDefault(e.code(), 0L) > 0) {
                rows.add(new CategoryCount(e.code(), e.label() + " (retired)", false, counts.get(e.code()), e.group()));
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

    /** A demo logbook's exports say so on their cover, in their title and in their metadata. */
    private static boolean isDemo(Store.Repositories r) {
        return r.settings().get(LogbookSettings.DEMO_LOGBOOK).map("true"::equals).orElse(false);
    }

    private static String organisation(Store.Repositories r) {
        return r.settings().get(LogbookSettings.ORGANISATION_NAME).filter(n -> !n.isBlank()).map(String::strip)
                .orElse(LogbookSettings.ORGANISATION_DEFAULT);
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
        return Collections.unmodifiableMap(m);
    }
}
