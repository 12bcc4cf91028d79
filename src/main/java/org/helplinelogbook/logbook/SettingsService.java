package org.helplinelogbook.logbook;

import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Store;

/** The logbook's own settings (auto-lock, retention, theme, backup folder). Everyone reads; managers change. */
public final class SettingsService {

    private final Store store;
    private final AuditedWrites writes;
    private final Actor actor;

    SettingsService(Store store, AuditedWrites writes, Actor actor) {
        this.store = store;
        this.writes = writes;
        this.actor = actor;
    }

    /** The stored value of {@code name}, or {@code fallback} when it was never set. */
    public String get(String name, String fallback) {
        return store.read(r -> r.settings().get(name)).orElse(fallback);
    }

    public int autoLockMinutes() {
        return clamp(Integer.parseInt(get(LogbookSettings.AUTO_LOCK_MINUTES,
                String.valueOf(LogbookSettings.AUTO_LOCK_DEFAULT))), LogbookSettings.AUTO_LOCK_MIN, LogbookSettings.AUTO_LOCK_MAX);
    }

    public int retentionMonths() {
        return clamp(Integer.parseInt(get(LogbookSettings.RETENTION_MONTHS,
                String.valueOf(LogbookSettings.RETENTION_DEFAULT))), LogbookSettings.RETENTION_MIN, LogbookSettings.RETENTION_MAX);
    }

    /** The organisation's name that heads every report and export. */
    public String organisationName() {
        String name = get(LogbookSettings.ORGANISATION_NAME, "").strip();
        return name.isEmpty() ? LogbookSettings.ORGANISATION_DEFAULT : name;
    }

    /**
     * Sets the name that heads every report and export (managers only): one line of at most
     * {@link LogbookSettings#ORGANISATION_MAX_LENGTH} characters; blank goes back to the default.
     */
    public void changeOrganisationName(String name) {
        String given = name == null ? "" : name.strip();
        if (given.codePoints().anyMatch(Character::isISOControl)) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "The organisation's name must be one line of text.");
        }
        String cleaned = given.replaceAll(" {2,}", " ");
        if (cleaned.length() > LogbookSettings.ORGANISATION_MAX_LENGTH) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "The organisation's name can be at most "
                    + LogbookSettings.ORGANISATION_MAX_LENGTH + " characters.");
        }
        change(LogbookSettings.ORGANISATION_NAME, cleaned);
    }

    /** Whether this is a demo logbook (made or filled by the demo command): shown in the title bar and exports. */
    public boolean isDemo() {
        return "true".equals(get(LogbookSettings.DEMO_LOGBOOK, "false"));
    }

    /** Managers change settings; the change is audited by name only. */
    public void change(String name, String value) {
        actor.requireManager("change settings");
        writes.write(r -> {
            r.settings().put(name, value);
            return name;
        }, AuditActions.SETTING, n -> n, name, n -> null);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
