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

    public static void write(ExportFormat format, PeriodSummary summary, DisclosurePolicy policy, OutputStream out) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(out, "out");
        switch (format) {
            case CSV -> CsvExport.summary(summary, policy, out);
            case XLSX -> XlsxExport.write(Documents.summary(summary, policy), policy, out);
            case PDF -> PdfExport.write(Documents.summary(summary, policy), policy, out);
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
