package org.helplinelogbook.logbook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.helplinelogbook.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs at sign-in (CLI and desktop): shred notes past the retention period (managers), move codewords
 * stored before the slow hash to it, and make the daily backup if none was made today (a shared logbook's desks
 * make none: a manager is reminded of the server's backup instead). A failure here must not stop anyone logging a
 * call, so it comes back as a warning to show, never as an exception.
 */
public final class Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private Housekeeping() {}

    /** Runs the sign-in chores; returns one calm sentence per chore that failed. */
    public static List<String> atSignIn(Logbook logbook) {
        return atSignIn(logbook, p -> { });
    }

    /** As {@link #atSignIn(Logbook)}, reporting the progress of re-sealing older notes (issue 20) as it goes. */
    public static List<String> atSignIn(Logbook logbook, Consumer<NoteUpgrade.Progress> upgrade) {
        List<String> warnings = new ArrayList<>();
        LocalDate today = LocalDate.now(logbook.zone());
        try {
            logbook.retention().purgeExpired(today);
        } catch (RuntimeException e) {
            LOG.warn("Retention purge failed: {}", e.getClass().getName());
            warnings.add("Old notes could not be removed today (" + message(e) + "). They will be tried again at"
                    + " the next manager sign-in.");
        }
        try {
            // After the purge, so notes about to be shredded are not re-sealed first.
            logbook.noteUpgrade().run(upgrade);
        } catch (RuntimeException e) {
            LOG.warn("Note upgrade failed: {}", e.getClass().getName());
            warnings.add("Older notes could not all be re-sealed for managers only (" + message(e) + "). This"
                    + " carries on at the next manager sign-in; every note stays readable meanwhile.");
        }
        try {
            logbook.codes().upgradeLegacy();
        } catch (RuntimeException e) {
            LOG.warn("Codeword upgrade failed: {}", e.getClass().getName());
            warnings.add("Stored codewords could not all be strengthened (" + message(e) + "). This is tried again"
                    + " at the next sign-in.");
        }
        if (logbook.isShared()) {
            serverBackupReminder(logbook).ifPresent(warnings::add);
            return warnings;
        }
        try {
            Backups.dailyIfDue(logbook, today);
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
    static Optional<String> serverBackupReminder(Logbook logbook) {
        if (logbook.actor().role() != Role.MANAGER) {
            return Optional.empty();
        }
        try {
            ServerBackups server = logbook.serverBackups();
            Instant now = Instant.now();
            if (!server.overdue(now)) {
                return Optional.empty();
            }
            return Optional.of(server.lastKnown()
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
    public static String atExit(Logbook logbook) {
        if (logbook.isShared()) {
            return null; // the server is backed up on the server (docs/several-desks.md)
        }
        try {
            Backups.onExit(logbook);
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
