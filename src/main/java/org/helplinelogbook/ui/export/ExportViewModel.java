package org.helplinelogbook.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.helplinelogbook.logbook.ExportService;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.privacy.DisclosurePolicy;
import org.helplinelogbook.report.ExportFormat;
import org.helplinelogbook.report.Period;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.PathTexts;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.WorkStatus;
import org.helplinelogbook.ui.common.UserMessages;

/**
 * Chooses a format and a disclosure policy and runs {@link ExportService} (the one export use case: managers only,
 * atomic write, audited by format and policy with the file's hash) on the {@link TaskRunner}.
 */
public final class ExportViewModel {

    private final ExportService exports;
    private final TaskRunner runner;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final IntegerProperty suppressBelow = new SimpleIntegerProperty(DisclosurePolicy.DEFAULT.suppressBelow());
    private final IntegerProperty roundTo = new SimpleIntegerProperty(DisclosurePolicy.DEFAULT.roundTo());
    private final BooleanProperty exact = new SimpleBooleanProperty(false);
    /** Busy while writing; its message is the one line: working, saved where, or why not. */
    private final WorkStatus status = new WorkStatus();
    private final ReadOnlyObjectWrapper<Path> savedTo = new ReadOnlyObjectWrapper<>();

    public ExportViewModel(Logbook logbook, TaskRunner runner) {
        logbook.actor().requireManager("export reports");
        this.exports = logbook.exports();
        this.runner = runner;
    }

    /**
     * The system's save dialog has already asked "Replace?" for an existing file (GTK, Windows and macOS all do), so
     * replacing an ordinary file is agreed; the logbook's own folder and files are refused whatever was answered.
     */
    private static final boolean REPLACE_AGREED = true;

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
        ExportFormat chosen = format.get();
        run(target, policy -> exports.exportPeriod(period, chosen, policy, target, REPLACE_AGREED));
    }

    public void exportCampaign(String campaignName, int weeks, Path target) {
        ExportFormat chosen = format.get();
        run(target, policy -> exports.exportCampaign(campaignName, weeks, chosen, policy, target, REPLACE_AGREED));
    }

    private interface Job {
        ExportService.Exported export(DisclosurePolicy policy);
    }

    private void run(Path target, Job job) {
        DisclosurePolicy policy;
        try {
            policy = policy();
        } catch (IllegalArgumentException e) {
            status.say(e.getMessage());
            return;
        }
        status.setBusy(true);
        savedTo.set(null);
        status.say(Messages.get("export.working"));
        runner.run(() -> job.export(policy), done -> {
            status.setBusy(false);
            savedTo.set(done.file());
            // Shortened from the front, as settings and restore show paths: the end names the file, and a whole
            // absolute path ran off a 1024×600 window. The view shows the full path in a tooltip.
            status.say(Messages.get(done.exact() ? "export.savedExact" : "export.saved",
                    PathTexts.shorten(done.file().toString(), PathTexts.MAX_CHARS)));
        }, t -> {
            status.setBusy(false);
            status.say(t instanceof ExportService.NotWritten
                    ? Messages.get("export.failed", target) : UserMessages.describe(t));
        });
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

    public WorkStatus status() {
        return status;
    }

    public ReadOnlyObjectProperty<Path> savedToProperty() {
        return savedTo.getReadOnlyProperty();
    }
}
