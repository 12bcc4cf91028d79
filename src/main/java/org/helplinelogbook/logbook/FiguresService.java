package org.helplinelogbook.logbook;

import java.time.LocalDate;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Campaign;
import org.helplinelogbook.report.CampaignImpact;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.report.PeriodSummary;
import org.helplinelogbook.report.ReportService;

/**
 * Report figures for the signed-in manager: a period's summary, a campaign's impact, and the audited moment someone
 * chooses to see exact figures on screen. The figures themselves are built by {@link ReportService}.
 */
public final class FiguresService {

    private final AuditedWrites writes;
    private final Actor actor;
    private final ReportService reports;

    FiguresService(AuditedWrites writes, Actor actor, ReportService reports) {
        this.writes = writes;
        this.actor = actor;
        this.reports = reports;
    }

    /**
     * The period's figures as they stand on {@code today}, with last year's totals for a like-for-like comparison
     * (a month still under way against the same days a year earlier). Managers only.
     */
    public PeriodSummary summarise(Period period, LocalDate today) {
        return reports.summarise(actor, period, today);
    }

    /** Data contacts before, during and after {@code campaign} ({@code weeks} 0: the campaign's length). */
    public CampaignImpact campaignImpact(Campaign campaign, int weeks) {
        return reports.campaignImpact(actor, campaign, weeks);
    }

    /**
     * Records that exact (unrounded, unsuppressed) figures were shown on screen: ADR 0004 keeps them for internal
     * use, so who looked is worth a trail (never the values). Managers only.
     */
    public void exactFiguresShown() {
        actor.requireManager("see exact figures");
        writes.record(AuditActions.DASHBOARD_EXACT, null, "period", null);
    }
}
