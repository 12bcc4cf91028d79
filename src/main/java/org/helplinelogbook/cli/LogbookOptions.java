package org.helplinelogbook.cli;

import java.nio.file.Path;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.Housekeeping;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.LogbookLock;
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

    /** Tells the person the command is waiting for the logbook, so it does not look hung. */
    private void waiting(String message) {
        var err = command == null ? new java.io.PrintWriter(System.err, true) : command.commandLine().getErr();
        err.println("helpline-logbook: " + message);
        err.flush();
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
            if (Logbook.isShared(dataDir())) { // a desk of a shared logbook also needs its database role's password
                dbPassword = Passwords.read("LOGBOOK_DB_PASSWORD", null, "Database password for this desk: ", false);
            }
            char[] signInPassword = password;
            char[] desk = dbPassword;
            logbook = LogbookLock.noticeWhileWaiting(this::waiting,
                    () -> Logbook.open(dataDir(), name, signInPassword, desk));
        } finally {
            java.util.Arrays.fill(password, '\0');
            if (dbPassword != null) {
                java.util.Arrays.fill(dbPassword, '\0');
            }
        }
        if (logbook.mustChangePassword() && !allowOneTimePassword) {
            logbook.close();
            throw new LogbookException(LogbookException.Kind.NOT_ALLOWED,
                    "Your password was reset. Choose a new one first with: passwd --user " + name);
        }
        if (housekeeping) {
            Housekeeping.atSignIn(logbook).forEach(w -> System.err.println("helpline-logbook: warning: " + w));
        }
        return logbook;
    }
}
