package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.DeskPasswordNeededException;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.LogbookLock;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.NoteUpgrade;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every command takes: which logbook, and who is signing in. */
final class LogbookOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Logbook folder (default: $LOGBOOK_DATA, else the system's data folder).")
    String data;

    @Option(names = "--user", paramLabel = "NAME", description = "Staff username.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE (default: $LOGBOOK_PASSWORD, else a prompt).")
    Path passwordFile;

    /** The command this mixin belongs to, for its stderr. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    static final String DB_PASSWORD_ENV = "LOGBOOK_DB_PASSWORD";

    /** Tells the person the command is waiting for the logbook, so it does not look hung. */
    private void waiting(String message) {
        var err = err();
        err.println("helpline-logbook: " + message);
        err.flush();
    }

    private PrintWriter err() {
        return command == null ? new PrintWriter(System.err, true) : command.commandLine().getErr();
    }

    Path dataDir() {
        return DataFolder.resolve(data);
    }

    String requireUser() {
        if (user == null || user.isBlank()) {
            throw new Cli.UsageException("Say who you are with --user NAME.");
        }
        return user;
    }

    /** Signs in; refuses every command but {@code passwd} while a one-time password is still in use. */
    Logbook open(boolean allowOneTimePassword) {
        return open(allowOneTimePassword, true);
    }

    /**
     * As {@link #open(boolean)}; with {@code housekeeping}, a manager's sign-in also shreds notes past the
     * retention period, and the first sign-in of the day makes the daily backup.
     */
    Logbook open(boolean allowOneTimePassword, boolean housekeeping) {
        String name = requireUser();
        char[] password = Passwords.signIn(passwordFile);
        Logbook logbook;
        char[] dbPassword = null;
        try {
            // A desk of a shared logbook also needs its database role's password: from $LOGBOOK_DB_PASSWORD, else
            // the one kept when the desk joined, else (none kept, or the server refused it) asked for and kept.
            if (DataFolder.isSharedDesk(dataDir()) && (Passwords.environment.apply(DB_PASSWORD_ENV) != null
                    || !DataFolder.deskPasswordKept(dataDir()))) {
                dbPassword = Passwords.read(DB_PASSWORD_ENV, null, "Database password for this desk: ", false);
            }
            try {
                logbook = openWaiting(name, password, dbPassword);
            } catch (DeskPasswordNeededException e) {
                if (dbPassword != null) {
                    throw e; // the one given was refused: asking again in the same run would only repeat it
                }
                err().println("helpline-logbook: " + e.getMessage());
                dbPassword = Passwords.read(DB_PASSWORD_ENV, null, "Database password for this desk: ", false);
                logbook = openWaiting(name, password, dbPassword);
            }
        } finally {
            Arrays.fill(password, '\0');
            if (dbPassword != null) {
                Arrays.fill(dbPassword, '\0');
            }
        }
        if (logbook.mustChangePassword() && !allowOneTimePassword) {
            logbook.close();
            throw new LogbookException(LogbookException.Kind.NOT_ALLOWED,
                    "Your password was reset. Choose a new one first with: passwd --user " + name);
        }
        if (housekeeping) {
            var err = err();
            logbook.housekeeping().atSignIn(NoteUpgrade.inSteps(10, p -> upgradeProgress(err, p)))
                    .forEach(w -> err.println("helpline-logbook: warning: " + w));
            err.flush();
        }
        return logbook;
    }

    /**
     * The re-seal of older notes after an upgrade (issue 20) runs before the command on a manager's first sign-in and
     * can take minutes on a large logbook: one line per 10% on stderr (counts only), so the command does not look
     * hung and stdout stays the command's own output.
     */
    private static void upgradeProgress(PrintWriter err, NoteUpgrade.Progress p) {
        err.println(String.format(Locale.ROOT,
                "helpline-logbook: sealing older notes for managers only: %,d of %,d (%d%%)%s", p.done(), p.total(),
                p.percent(), p.done() >= p.total() ? ", done." : ""));
        err.flush();
    }

    private Logbook openWaiting(String name, char[] password, char[] dbPassword) {
        return LogbookLock.noticeWhileWaiting(this::waiting, () -> LogbookOpening.open(dataDir(), name, password, dbPassword));
    }
}
