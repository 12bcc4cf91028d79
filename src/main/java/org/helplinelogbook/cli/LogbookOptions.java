package org.helplinelogbook.cli;

import java.nio.file.Path;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.Housekeeping;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Options every command takes: which logbook, and who is signing in. */
final class LogbookOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "Logbook folder (default: $LOGBOOK_DATA, else the system's data folder).")
    String data;

    @Option(names = "--user", paramLabel = "NAME", description = "Staff username.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first line of FILE (default: $LOGBOOK_PASSWORD, else a prompt).")
    Path passwordFile;

    /** The command this mixin belongs to: its error stream is where sign-in warnings go. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

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
            logbook = Logbook.open(dataDir(), name, password, dbPassword);
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
            var err = command != null ? command.commandLine().getErr() : new java.io.PrintWriter(System.err, true);
            Housekeeping.atSignIn(logbook).forEach(w -> err.println("helpline-logbook: warning: " + w));
            err.flush();
        }
        return logbook;
    }
}
