package org.helplinelogbook.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.storage.ConnectionProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "init", description = "Create a new logbook with its first (manager) account and print the recovery key once.")
final class InitCommand extends LogbookCommand {

    @Option(names = "--zone", paramLabel = "ZONE", description = "The logbook's time zone, e.g. Europe/London (default: this computer's).")
    String zone;

    @Option(names = "--server", paramLabel = "URL", description = "Create a logbook shared by several desks on PostgreSQL:"
            + " postgresql://ROLE@HOST:PORT/DATABASE?sslmode=verify-full&sslrootcert=CA-FILE (the database owner role;"
            + " its password from $LOGBOOK_DB_PASSWORD or a prompt). See docs/several-desks.md.")
    String server;

    @Override
    public Integer call() {
        String user = options.requireUser();
        ZoneId zoneId;
        try {
            zoneId = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "Unknown time zone '" + zone + "'.");
        }
        var dir = options.dataDir();
        if (DataFolder.holdsLogbook(dir)) {
            throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS,
                    "A logbook already exists in " + dir + ". Nothing was changed.");
        }
        char[] password = Passwords.read("LOGBOOK_PASSWORD", options.passwordFile, "New password for " + user + ": ", true);
        LogbookSetup.Created created;
        char[] dbPassword = null;
        ConnectionProfile profile = null;
        try {
            if (server != null) {
                profile = JoinCommand.profile(server);
                dbPassword = Passwords.read("LOGBOOK_DB_PASSWORD", null,
                        "Database password for " + profile.describe() + ": ", false);
                created = LogbookSetup.createShared(dir, profile, dbPassword, user, password, zoneId);
            } else {
                created = LogbookSetup.create(dir, user, password, zoneId);
            }
        } finally {
            Arrays.fill(password, '\0');
            if (dbPassword != null) {
                Arrays.fill(dbPassword, '\0');
            }
        }
        try (Logbook logbook = created.logbook()) {
            var out = spec.commandLine().getOut();
            if (profile != null) {
                out.println("Shared logbook created on the server at " + profile.describe() + " (time zone "
                        + logbook.zone() + ").");
                out.println("The folder " + logbook.dataDir() + " holds only its connection profile: delete it once"
                        + " the desks have joined, so the owner role is not used day to day (docs/several-desks.md).");
            } else {
                out.println("Logbook created in " + logbook.dataDir() + " (time zone " + logbook.zone() + ").");
            }
            out.println("Manager account: " + user);
            out.println();
            out.println("RECOVERY KEY - shown only this once. Print or write it down and keep it in a safe:");
            out.println();
            out.println("    " + created.recoveryKey());
            out.println();
            out.println("It opens the logbook if every password is lost. Anyone holding it can read the logbook.");
            out.flush();
        }
        return 0;
    }
}
