package org.helplinelogbook.logbook;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.helplinelogbook.domain.Actor;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.security.CallerCodeHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs at sign-in (CLI and desktop): shred notes past the retention period (managers), move codewords
 * stored before the slow hash to it, and make the daily backup if none was made today (a shared logbook's desks
 * make none: a manager is reminded of the server's backup instead). A failure here must not stop anyone logging a
 * call, so it comes back as a warning to show, never as an exception. Made once per session
 * ({@link SessionServices}) from the services whose chores it runs; it never asks the session for them.
 */
public final class Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final Actor actor;
    private final ZoneId zone;
    private final Retention retention;
    private final NoteUpgrade noteUpgrade;
    private final CallerCodeHasher codes;
    private final ServerBackups serverBackups;
    private final BackupService backups;
    private final boolean shared;

    /** @param shared whether several desks share this logbook on a server (its desks make no backup files) */
    Housekeeping(Actor actor, ZoneId zone, Retention retention, NoteUpgrade noteUpgrade, CallerCodeHasher codes,
            ServerBackups serverBackups, BackupService backups, boolean shared) {
        this.actor = actor;
        this.zone = zone;
        this.retention = retention;
        this.noteUpgrade = noteUpgrade;
        this.codes = codes;
        this.serverBackups = serverBackups;
        this.backups = backups;
        this.shared = shared;
    }

    /** Runs the sign-in chores; returns one calm sentence per chore that failed. */
    public List<String> atSignIn() {
        return atSignIn(p -> { });
    }

    /** As {@link #atSignIn()}, reporting the progress of re-sealing older notes (issue 20) as it goes. */
    public List<String> atSignIn(Consumer<NoteUpgrade.Progress> upgrade) {
        List<String> warnings = new ArrayList<>();
        LocalDate today = LocalDate.now(zone);
        try {
            retention.purgeExpired(today);
        } catch (RuntimeException e) {
            LOG.warn("Retention purge failed: {}", e.getClass().getName());
            warnings.add("Old notes could not be removed today (" + message(e) + "). They will be tried again at"
                    + " the next manager sign-in.");
        }
        try {
            // After the purge, so notes about to be shredded are not re-sealed first.
            noteUpgrade.run(upgrade);
        } catch (RuntimeException e) {
            LOG.warn("Note upgrade failed: {}", e.getClass().getName());
            warnings.add("Older notes could not all be re-sealed for managers only (" + message(e) + "). This"
                    + " carries on at the next manager sign-in; every note stays readable meanwhile.");
        }
        try {
            codes.upgradeLegacy();
        } catch (RuntimeException e) {
            LOG.warn("Codeword upgrade failed: {}", e.getClass().getName());
            warnings.add("Stored codewords could not all be strengthened (" + message(e) + "). This is tried again"
                    + " at the next sign-in.");
        }
        if (shared) {
            serverBackupReminder().ifPresent(warnings::add);
            return warnings;
        }
        try {
            backups.dailyIfDue(today);
        } catch (RuntimeException e) {
            LOG.warn("Daily backup failed: {}", e.getClass().getName());
            warnings.add("Today's automatic backup could not be made (" + message(e) + ")");
        }
        return warnings;
    }

    /**
     * A shared logbook is backed up on the server, not by the desks: a manager (only; a worker cannot act on it) is
     * reminded when no server backup was recorded in the last two days. Never a disk warning.
     */
    private Optional<String> serverBackupReminder() {
        if (actor.role() != Role.MANAGER) {
            return Optional.empty();
        }
        try {
            Instant now = Instant.now();
            if (!serverBackups.overdue(now)) {
                return Optional.empty();
            }
            return Optional.of(serverBackups.lastKnown()
                    .map(t -> "The server's backup was last recorded " + ServerBackups.age(t, now) + ".")
                    .orElse("No backup of the server has been recorded yet.")
                    + " Check the office server's backup (docs/several-desks.md, \"Backups on the server\"), then"
                    + " record it in Settings or with: server-backup");
        } catch (RuntimeException e) {
            LOG.warn("Server backup check failed: {}", e.getClass().getName());
            return Optional.empty();
        }
    }

    /** At exit or lock, before the logbook is closed: refreshes today's backup. Returns a warning or null. */
    public String atExit() {
        if (shared) {
            return null; // the server is backed up on the server (docs/several-desks.md)
        }
        try {
            backups.onExit();
            return null;
        } catch (RuntimeException e) {
            LOG.warn("Backup on exit failed: {}", e.getClass().getName());
            return e instanceof LogbookException ? "Today's backup could not be refreshed. " + e.getMessage()
                    : "Today's backup could not be refreshed (" + e.getClass().getSimpleName() + ").";
        }
    }

    static String message(RuntimeException e) {
        return e instanceof LogbookException ? e.getMessage() : e.getClass().getSimpleName();
    }
}
