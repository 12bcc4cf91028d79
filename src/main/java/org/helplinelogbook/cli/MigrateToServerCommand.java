package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.ServerMigration;
import org.helplinelogbook.storage.ConnectionProfile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "migrate-to-server", description = "Copy this single-desk logbook into a new, empty shared logbook on"
        + " PostgreSQL (staff, settings, taxonomy, campaigns, contacts and sealed notes, drafts, the audit log and the"
        + " key slots: every password and the recovery key keep working), then check the copy. The logbook here is"
        + " left untouched. Managers only. See docs/several-desks.md.")
final class MigrateToServerCommand extends LogbookCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--server", paramLabel = "URL", description = "postgresql://OWNER-ROLE@HOST:PORT/DATABASE"
                + "?sslmode=verify-full&sslrootcert=CA-FILE, as for init --server; the role's password from"
                + " $LOGBOOK_DB_PASSWORD or a prompt.")
        String server;

        @Option(names = "--server-profile", paramLabel = "FILE", description = "A server.json naming the server, the"
                + " database, the owner role and the office CA (instead of --server).")
        Path profile;
    }

    @Option(names = "--without-drafts", description = "Leave unsaved contact forms (drafts) behind.")
    boolean withoutDrafts;

    @Override
    public Integer call() {
        String user = options.requireUser();
        ConnectionProfile profile = target.server != null ? JoinCommand.profile(target.server) : load(target.profile);
        char[] password = Passwords.signIn(options.passwordFile);
        char[] dbPassword = null;
        ServerMigration.Report report;
        try {
            dbPassword = Passwords.read("LOGBOOK_DB_PASSWORD", null, "Database password for " + profile.describe() + ": ",
                    false);
            report = ServerMigration.migrate(options.dataDir(), user, password, profile, dbPassword, !withoutDrafts);
        } finally {
            Arrays.fill(password, '\0');
            if (dbPassword != null) {
                Arrays.fill(dbPassword, '\0');
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Copied to " + report.server() + ":");
        for (Map.Entry<String, Long> e : report.rows().entrySet()) {
            out.println("  " + e.getKey() + ": " + e.getValue() + " rows (same on both sides)");
        }
        out.println("Audit chain verifies on the server; " + report.notesChecked() + " sampled notes open to the same text.");
        report.auditWarnings().forEach(w -> out.println("  carried over from the original: " + w));
        out.println("The logbook in " + options.dataDir() + " was not changed. Keep it as an archive (read-only) and");
        out.println("stop using it for new contacts. Now join each desk, in a new or empty data folder:");
        out.println("  helpline-logbook join --data DESK-FOLDER --server 'postgresql://DESK-ROLE@" + hostPart(profile)
                + "/" + profile.database() + "?sslmode=verify-full&sslrootcert=" + profile.caCertificate() + "'");
        out.flush();
        return 0;
    }

    private static String hostPart(ConnectionProfile profile) {
        return profile.host() + ":" + profile.port();
    }

    private static ConnectionProfile load(Path file) {
        try {
            return ConnectionProfile.load(file);
        } catch (IllegalArgumentException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, e.getMessage());
        }
    }
}
