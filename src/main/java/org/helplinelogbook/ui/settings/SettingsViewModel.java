package org.helplinelogbook.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.Messages;
import org.helplinelogbook.ui.common.TaskRunner;
import org.helplinelogbook.ui.common.WorkStatus;

/**
 * Managers' settings: auto-lock minutes (1–15, never off), theme, retention months (3–84), and the organisation's
 * name that heads every export.
 */
public final class SettingsViewModel {

    /** Told about saved changes so they apply at once (theme, auto-lock). */
    public interface Listener {
        void settingsChanged(int autoLockMinutes, String theme);
    }

    private final Logbook logbook;
    private final TaskRunner runner;
    private final Listener listener;
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty(LogbookSettings.AUTO_LOCK_DEFAULT);
    private final IntegerProperty retentionMonths = new SimpleIntegerProperty(LogbookSettings.RETENTION_DEFAULT);
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final StringProperty organisation = new SimpleStringProperty("");
    /** Busy while reading or saving; its message is the one line: saved, or why not. */
    private final WorkStatus status = new WorkStatus();

    public SettingsViewModel(Logbook logbook, TaskRunner runner, Listener listener) {
        this.logbook = logbook;
        this.runner = runner;
        this.listener = listener;
    }

    private record Values(int autoLock, int retention, String theme, String organisation) {}

    public void load() {
        status.setBusy(true);
        runner.run(() -> new Values(logbook.settings().autoLockMinutes(), logbook.settings().retentionMonths(),
                logbook.settings().get(LogbookSettings.THEME, "light"),
                logbook.settings().get(LogbookSettings.ORGANISATION_NAME, "")), v -> {
                    autoLockMinutes.set(v.autoLock());
                    organisation.set(v.organisation());
                    retentionMonths.set(v.retention());
                    dark.set("dark".equals(v.theme()));
                    status.setBusy(false);
                }, status::failInMessage);
    }

    public void save() {
        int minutes = clamp(autoLockMinutes.get(), LogbookSettings.AUTO_LOCK_MIN, LogbookSettings.AUTO_LOCK_MAX);
        int months = clamp(retentionMonths.get(), LogbookSettings.RETENTION_MIN, LogbookSettings.RETENTION_MAX);
        String theme = dark.get() ? "dark" : "light";
        String name = organisation.get();
        status.setBusy(true);
        status.say("");
        runner.run(() -> {
            logbook.settings().change(LogbookSettings.AUTO_LOCK_MINUTES, String.valueOf(minutes));
            logbook.settings().change(LogbookSettings.RETENTION_MONTHS, String.valueOf(months));
            logbook.settings().change(LogbookSettings.THEME, theme);
            logbook.settings().changeOrganisationName(name);
            return null;
        }, ok -> {
            status.setBusy(false);
            autoLockMinutes.set(minutes);
            retentionMonths.set(months);
            status.say(Messages.get("settings.saved"));
            listener.settingsChanged(minutes, theme);
        }, status::failInMessage);
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public IntegerProperty retentionMonthsProperty() {
        return retentionMonths;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public WorkStatus status() {
        return status;
    }

    /** The organisation's name as typed (blank: reports say "Helpline"). */
    public StringProperty organisationProperty() {
        return organisation;
    }
}
