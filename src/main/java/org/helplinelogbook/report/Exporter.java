package org.helplinelogbook.report;

import java.io.OutputStream;
import java.util.Objects;
import org.helplinelogbook.privacy.DisclosurePolicy;

/**
 * The single entry point for exports. Each export carries its period (or campaign), the policy's description,
 * the taxonomy version, the generation time and the audit anchor, and every count in it has been through the
 * {@link DisclosurePolicy}; none carries notes, codewords, staff names or dates finer than the period (the
 * campaign export's weekly series being its stated exception). The stream is flushed, not closed.
 */
public final class Exporter {

    private Exporter() {}

    /**
     * Writes one summary protected on its own (its figures audited together, no other period beside it). Exports
     * for others go through {@link ReportService#export}, which also audits the grid periods inside the period.
     */
    public static void write(ExportFormat format, PeriodSummary summary, DisclosurePolicy policy, OutputStream out) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(policy, "policy");
        write(format, summary, PublishedFigures.of(summary, policy), out);
    }

    /** Writes a summary with figures already protected (by {@link ReportService#publish}). */
    public static void write(ExportFormat format, PeriodSummary summary, PublishedFigures figures, OutputStream out) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(out, "out");
        switch (format) {
            case CSV -> CsvExport.summary(summary, figures, out);
            case XLSX -> XlsxExport.write(Documents.summary(summary, figures), figures.policy(), out);
            case PDF -> PdfExport.write(Documents.summary(summary, figures), figures.policy(), out);
        }
    }

    public static void write(ExportFormat format, CampaignImpact impact, DisclosurePolicy policy, OutputStream out) {
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(out, "out");
        switch (format) {
            case CSV -> CsvExport.campaign(impact, policy, out);
            case XLSX -> XlsxExport.write(Documents.campaign(impact, policy), policy, out);
            case PDF -> PdfExport.write(Documents.campaign(impact, policy), policy, out);
        }
    }
}
