package org.helplinelogbook.logbook;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.LogbookSettings;

/**
 * Backups of a logbook shared on a server. A desk cannot back up the server (its data is not on the desk), so the
 * desks make no backup files at all; the office backs up the database with PostgreSQL's own tools
 * (docs/several-desks.md, section 4). The app only keeps when that backup was last made, as a manager or the
 * {@code server-backup} command told it, so it can show its age instead of a false disk warning.
 */
public final class ServerBackups {

    /** Older than this, a manager is reminded at sign-in to check the server's backup. */
    public static final Duration REMIND_AFTER = Duration.ofDays(2);


    private final AuditedWrites writes;
    private final Actor actor;
    private final SettingsService settings;

    ServerBackups(AuditedWrites writes, Actor actor, SettingsService settings) {
        this.writes = writes;
        this.actor = actor;
        this.settings = settings;
    }

    /** When the server's backup was last made, as far as anyone told the app; empty if never. */
    public Optional<Instant> lastKnown() {
        try {
            return Optional.ofNullable(settings.get(LogbookSettings.SERVER_BACKUP_LAST, null)).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Records that the server's backup was made at {@code madeAt} (a manager checked it, or the office's backup
     * script said so). Audited as {@code server_backup}; managers only. A time in the future is refused.
     */
    public void recordMade(Instant madeAt) {
        actor.requireManager("record the server's backup");
        if (madeAt.isAfter(Instant.now().plus(Duration.ofMinutes(5)))) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "That time is in the future; give the time the server's backup was made.");
        }
        Instant previous = lastKnown().orElse(Instant.EPOCH);
        if (madeAt.isBefore(previous)) {
            return; // a newer backup is already known: keep it
        }
        writes.write(r -> {
            r.settings().put(LogbookSettings.SERVER_BACKUP_LAST, madeAt.toString());
            return Boolean.TRUE;
        }, "server_backup", x -> null, null, x -> null);
    }

    /** Whether a manager should be reminded: no server backup known, or the newest is older than two days. */
    public boolean overdue(Instant now) {
        return lastKnown().map(t -> Duration.between(t, now).compareTo(REMIND_AFTER) > 0).orElse(true);
    }

    /** "today", "yesterday" or "N days ago", from whole days between {@code then} and {@code now}. */
    public static String age(Instant then, Instant now) {
        long days = Math.max(0, Duration.between(then, now).toDays());
        return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
    }
}
