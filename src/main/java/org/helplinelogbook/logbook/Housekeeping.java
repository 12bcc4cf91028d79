package org.helplinelogbook.logbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What runs at sign-in (CLI and desktop): shred notes past the retention period (managers), move codewords
 * stored before the slow hash to it, and make the daily backup if none was made today. A failure here must not stop anyone logging a call, so it comes back as a
 * warning to show, never as an exception.
 */
public final class Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private Housekeeping() {}

    /** Runs the sign-in chores; returns one calm sentence per chore that failed. */
    public static List<String> atSignIn(Logbook logbook) {
        return atSignIn(logbook, p -> { });
    }

    /** As {@link #atSignIn(Logbook)}, reporting the progress of re-sealing older notes (issue 20) as it goes. */
    public static List<String> atSignIn(Logbook logbook, java.util.function.Consumer<NoteUpgrade.Progress> upgrade) {
        List<String> warnings = new ArrayList<>();
        LocalDate today = LocalDate.now(logbook.zone());
        try {
            Retention.purgeExpired(logbook, today);
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
        try {
            Backups.dailyIfDue(logbook, today);
        } catch (RuntimeException e) {
            LOG.warn("Daily backup failed: {}", e.getClass().getName());
            warnings.add("Today's automatic backup could not be made (" + message(e) + ")");
        }
        return warnings;
    }

    /** At exit or lock, before the logbook is closed: refreshes today's backup. Returns a warning or null. */
    public static String atExit(Logbook logbook) {
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
