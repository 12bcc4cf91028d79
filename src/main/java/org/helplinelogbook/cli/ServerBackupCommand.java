package org.helplinelogbook.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.ServerBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "server-backup", description = "A logbook shared on a server: record that the server's backup"
        + " (pg_dump, see docs/several-desks.md) was made, or show when it last was (managers record; anyone shows).")
final class ServerBackupCommand extends LogbookCommand {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--made-at", paramLabel = "TIME", description = "When the backup was made: YYYY-MM-DDTHH:MM in the"
            + " logbook's time zone, or with an offset (default: now).")
    String madeAt;

    @Option(names = "--status", description = "Only show when the server's backup was last recorded.")
    boolean status;

    @Override
    public Integer call() {
        try (Logbook logbook = options.open(false, false)) {
            if (!logbook.isShared()) {
                throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "This logbook is not shared on a"
                        + " server; its backups are the files made by the app (see: backup).");
            }
            ServerBackups server = logbook.serverBackups();
            if (!status) {
                server.recordMade(parse(madeAt, logbook));
            }
            Instant now = Instant.now();
            out().println(server.lastKnown()
                    .map(t -> "The server's backup was last made " + SHOWN.format(t.atZone(logbook.zone())) + " ("
                            + ServerBackups.age(t, now) + ").")
                    .orElse("No backup of the server has been recorded yet."));
        }
        return 0;
    }

    private static Instant parse(String text, Logbook logbook) {
        if (text == null) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(logbook.zone()).toInstant();
            } catch (DateTimeParseException again) {
                throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                        "--made-at must look like 2026-10-01T02:30 (or with an offset, 2026-10-01T02:30+01:00).");
            }
        }
    }
}
