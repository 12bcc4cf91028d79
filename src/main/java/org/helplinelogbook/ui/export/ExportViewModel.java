package org.helplinelogbook.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.OverwriteGuard;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ExportFormat;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.report.ReportService;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.UserMessages;

/**
 * Exports a period or a campaign to CSV, XLSX or PDF under a chosen disclosure policy, on the {@link TaskRunner}.
 * The file is written beside the target and renamed, and the export is audited by format and policy only (the
 * file's hash, never a figure). Managers only, like every report.
 */
public final class ExportViewModel {

    private final Logbook logbook;
    private final TaskRunner runner;
    private final ReportService reports;
    private final ResourceBundle texts;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final IntegerProperty suppressBelow = new SimpleIntegerProperty(DisclosurePolicy.DEFAULT.suppressBelow());
    private final IntegerProperty roundTo = new SimpleIntegerProperty(DisclosurePolicy.DEFAULT.roundTo());
    private final BooleanProperty exact = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> savedTo = new ReadOnlyObjectWrapper<>();

    public ExportViewModel(Logbook logbook, TaskRunner runner, ResourceBundle texts) {
        logbook.actor().requireManager("export reports");
        this.logbook = logbook;
        this.runner = runner;
        this.texts = texts;
        this.reports = new ReportService(logbook.store(), logbook.zone());
    }

    /** "helpline-2026-10.csv", "helpline-2026-Q3.xlsx", "helpline-FY2026-27.pdf". */
    public static String defaultFileName(Period period, ExportFormat format) {
        String label = period.kind() == Period.Kind.RANGE
                ? period.firstDay() + "-to-" + period.lastDay() : period.label();
        return "helpline-" + label + "." + format.extension();
    }

    /** "campaign-stopitnow-2019.csv". */
    public static String defaultFileName(String campaignName, ExportFormat format) {
        String slug = campaignName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "campaign-" + (slug.isEmpty() ? "report" : slug) + "." + format.extension();
    }

    /** The chosen policy, or an explanation of why it cannot be used. */
    public DisclosurePolicy policy() {
        return new DisclosurePolicy(suppressBelow.get(), roundTo.get(), exact.get());
    }

    /** Why the chosen policy is not allowed, or empty. */
    public String policyProblem() {
        try {
            policy();
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public void exportPeriod(Period period, Path target) {
        run(target, "period", policy -> out -> reports.export(logbook.actor(), period, format.get(), policy, out));
    }

    public void exportCampaign(String campaignName, int weeks, Path target) {
        run(target, "campaign", policy -> out ->
                reports.exportCampaign(logbook.actor(), campaignName, weeks, format.get(), policy, out));
    }

    private interface Job {
        AtomicFile.Content content(DisclosurePolicy policy);
    }

    private void run(Path target, String what, Job job) {
        DisclosurePolicy policy;
        try {
            policy = policy();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        Path checked;
        try {
            // The system's save dialog has already asked "Replace?" for an existing file, so replacing an ordinary
            // file is agreed; the logbook's own folder and files are refused whatever was answered.
            checked = OverwriteGuard.exportTarget(target, logbook.dataDir(), true);
        } catch (LogbookException e) {
            status.set(e.getMessage());
            return;
        }
        ExportFormat chosen = format.get();
        busy.set(true);
        savedTo.set(null);
        status.set(texts.getString("export.working"));
        runner.run(() -> {
            String hash;
            try {
                hash = AtomicFile.write(checked, job.content(policy));
            } catch (IOException e) {
                throw new ExportFailed(e);
            }
            logbook.record("export", null, "format," + what + ",policy", "format=" + chosen.extension()
                    + (policy.exact() ? ",exact" : "") + ",sha256=" + hash);
            return checked;
        }, path -> {
            busy.set(false);
            savedTo.set(path);
            status.set(MessageFormat.format(texts.getString(policy.exact() ? "export.savedExact" : "export.saved"),
                    path.toString()));
        }, t -> {
            busy.set(false);
            status.set(t instanceof ExportFailed ? MessageFormat.format(texts.getString("export.failed"), target)
                    : UserMessages.describe(t));
        });
    }

    /** The file could not be written; the message names the folder, never a figure. */
    private static final class ExportFailed extends RuntimeException {
        ExportFailed(IOException cause) {
            super(cause);
        }
    }

    // ---- Accessors

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public IntegerProperty suppressBelowProperty() {
        return suppressBelow;
    }

    public IntegerProperty roundToProperty() {
        return roundTo;
    }

    public BooleanProperty exactProperty() {
        return exact;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> savedToProperty() {
        return savedTo.getReadOnlyProperty();
    }
}
