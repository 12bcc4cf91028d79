package org.helplinelogbook.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.storage.ConnectionProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "join", description = "Make this computer a desk of a logbook shared on a PostgreSQL server"
        + " (writes server.json into the data folder; staff then sign in as usual).")
final class JoinCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "This desk's data folder (default: $LOGBOOK_DATA, else the system's data folder).")
    String data;

    @Option(names = "--server", required = true, paramLabel = "URL", description = "postgresql://DESK-ROLE@HOST:PORT/DATABASE"
            + "?sslmode=verify-full&sslrootcert=CA-FILE; the role's password from $LOGBOOK_DB_PASSWORD or a prompt.")
    String server;

    @Spec
    CommandSpec spec;

    static ConnectionProfile profile(String url) {
        try {
            return ConnectionProfile.parseUrl(url);
        } catch (IllegalArgumentException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, e.getMessage());
        }
    }

    @Override
    public Integer call() {
        var profile = profile(server);
        var dir = DataFolder.resolve(data);
        char[] dbPassword = Passwords.read("LOGBOOK_DB_PASSWORD", null, "Database password for " + profile.describe() + ": ", false);
        String kept;
        try {
            kept = LogbookSetup.joinShared(dir, profile, dbPassword);
        } finally {
            Arrays.fill(dbPassword, '\0');
        }
        var out = spec.commandLine().getOut();
        out.println("This desk (" + dir + ") now uses the shared logbook at " + profile.describe() + ".");
        out.println(kept != null ? "The database password is kept for this desk in " + kept + "; staff sign in with"
                + " their own password only." : "The database password could not be kept on this desk: each sign-in"
                + " will ask for it.");
        return 0;
    }
}
