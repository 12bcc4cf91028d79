package org.helplinelogbook.logbook;

import java.io.IOException;
import java.nio.file.Path;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ExportFormat;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.report.ReportService;
import org.helplinelogbook.storage.AtomicFile;

/**
 * The one export use case, for the desktop and the CLI alike: managers only; the figures are built and rendered by
 * {@link ReportService}; the file is written beside its target and renamed ({@link AtomicFile}); the export is
 * audited by format, subject and policy with the file's SHA-256 — never a figure.
 */
public final class ExportService {

    /** What was written: the absolute file, its SHA-256 and whether it holds exact (internal-only) figures. */
    public record Exported(Path file, String sha256, boolean exact) {}

    /** The file could not be written (missing folder, full disk, no permission); names the file, never a figure. */
    public static final class NotWritten extends LogbookException {
        private final Path target;

        NotWritten(Path target, IOException cause) {
            super(Kind.INVALID_INPUT, "The report could not be written to " + target
                    + " (does the folder exist, and is there space?).");
            this.target = target;
            initCause(cause);
        }

        public Path target() {
            return target;
        }
    }


    private final AuditedWrites writes;
    private final Actor actor;
    private final Path dataDir;
    private final ReportService reports;

    ExportService(AuditedWrites writes, Actor actor, Path dataDir, ReportService reports) {
        this.writes = writes;
        this.actor = actor;
        this.dataDir = dataDir;
        this.reports = reports;
    }

    /** Writes the summary of {@code period} to {@code target}, which must not exist yet. */
    public Exported exportPeriod(Period period, ExportFormat format, DisclosurePolicy policy, Path target) {
        return exportPeriod(period, format, policy, target, false);
    }

    /**
     * Writes the summary of {@code period} to {@code target} under {@link OverwriteGuard}'s rule: never in the
     * logbook's folder or over a logbook, key slot or backup file; over another existing file only when
     * {@code replaceAgreed}.
     */
    public Exported exportPeriod(Period period, ExportFormat format, DisclosurePolicy policy, Path target,
            boolean replaceAgreed) {
        actor.requireManager("export reports");
        // published figures come from the grid of months, quarters and years: refused before any file is started
        try {
            ReportService.requirePublishable(period, policy);
        } catch (IllegalArgumentException e) {
            throw refused(e);
        }
        return write(target, replaceAgreed, format, policy, "period",
                out -> reports.export(actor, period, format, policy, out));
    }

    /** Writes the impact of the campaign called {@code campaignName} ({@code weeks} 0: the campaign's length). */
    public Exported exportCampaign(String campaignName, int weeks, ExportFormat format, DisclosurePolicy policy,
            Path target) {
        return exportCampaign(campaignName, weeks, format, policy, target, false);
    }

    /** As {@link #exportCampaign(String, int, ExportFormat, DisclosurePolicy, Path)}, under the same rule as a period. */
    public Exported exportCampaign(String campaignName, int weeks, ExportFormat format, DisclosurePolicy policy,
            Path target, boolean replaceAgreed) {
        actor.requireManager("export reports");
        return write(target, replaceAgreed, format, policy, "campaign",
                out -> reports.exportCampaign(actor, campaignName, weeks, format, policy, out));
    }

    /** A refusal by the report rules, as a message for the person (CLI exit code 4). Never holds a figure. */
    private static LogbookException refused(IllegalArgumentException e) {
        String m = e.getMessage() == null ? "This report cannot be made" : e.getMessage();
        LogbookException le = new LogbookException(LogbookException.Kind.INVALID_INPUT,
                Character.toUpperCase(m.charAt(0)) + m.substring(1) + (m.endsWith(".") ? "" : "."));
        le.initCause(e);
        return le;
    }

    private Exported write(Path requested, boolean replaceAgreed, ExportFormat format, DisclosurePolicy policy,
            String subject, AtomicFile.Content content) {
        Path target = OverwriteGuard.exportTarget(requested, dataDir, replaceAgreed);
        String hash;
        try {
            hash = AtomicFile.write(target, content);
        } catch (IOException e) {
            throw new NotWritten(target, e);
        } catch (IllegalArgumentException e) {
            // a report the rules refuse (a campaign over other windows, an unknown campaign): nothing was kept
            throw refused(e);
        }
        writes.record(AuditActions.EXPORT, null, "format," + subject + ",policy", "format=" + format.extension()
                + (policy.exact() ? ",exact" : "") + ",sha256=" + hash);
        return new Exported(target.toAbsolutePath(), hash, policy.exact());
    }
}
