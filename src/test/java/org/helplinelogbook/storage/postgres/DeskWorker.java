package org.helplinelogbook.storage.postgres;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.TestLogbooks;

/**
 * A desk in its own JVM, for the multi-desk tests (run with the test class path by {@link Desks}). The database
 * password comes from {@code LOGBOOK_DB_PASSWORD}, as for a real desk. Prints one result line on stdout.
 *
 * <pre>
 *   edits DESK_DIR COUNT IDS_FILE   make COUNT successful edits of the listed contacts, retrying on conflict
 *   audit DESK_DIR COUNT            append COUNT audit entries
 *   saves DESK_DIR ACK_FILE         save contacts until killed; each id is written to ACK_FILE once saved
 *   one DESK_DIR INDEX              say READY, then save {@code SharedFixture.draft(INDEX)} once (stall tests)
 * </pre>
 */
public final class DeskWorker {

    public static void main(String[] args) throws Exception {
        Path desk = Path.of(args[1]);
        try (Logbook logbook = LogbookOpening.open(desk, SharedFixture.MANAGER, SharedFixture.MANAGER_PASSWORD)) {
            switch (args[0]) {
                case "edits" -> edits(logbook, Integer.parseInt(args[2]), Path.of(args[3]));
                case "audit" -> audit(logbook, Integer.parseInt(args[2]));
                case "saves" -> saves(logbook, Path.of(args[2]));
                case "one" -> one(logbook, Integer.parseInt(args[2]));
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
        System.exit(0);
    }

    private static void edits(Logbook logbook, int count, Path idsFile) throws Exception {
        List<UUID> ids = Files.readAllLines(idsFile).stream().map(UUID::fromString).toList();
        var random = new Random();
        int done = 0;
        int conflicts = 0;
        int failures = 0;
        while (done < count) {
            UUID id = ids.get(random.nextInt(ids.size()));
            var current = logbook.contacts().find(id).orElseThrow();
            try {
                logbook.contacts().update(id, current.version(), SharedFixture.draft(done, "edit " + done));
                done++;
            } catch (LogbookException e) {
                if (e.kind() == LogbookException.Kind.CONFLICT) {
                    conflicts++;
                } else {
                    failures++; // e.g. the connection was cut: nothing was saved, try again
                    if (failures > 50) {
                        throw e;
                    }
                }
            }
        }
        System.out.println("RESULT edits=" + done + " conflicts=" + conflicts + " failures=" + failures);
    }

    private static void audit(Logbook logbook, int count) {
        for (int i = 0; i < count; i++) {
            TestLogbooks.recordForTest(logbook, "test_event", null, null, "i=" + i);
        }
        System.out.println("RESULT audit=" + count);
    }

    private static void one(Logbook logbook, int index) {
        System.out.println("READY");
        System.out.flush();
        UUID id = logbook.contacts().save(SharedFixture.draft(index, "stalled " + index)).id();
        System.out.println("RESULT saved=" + id);
    }

    private static void saves(Logbook logbook, Path ackFile) throws Exception {
        try (var out = new FileOutputStream(ackFile.toFile(), true)) {
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                UUID id = logbook.contacts().save(SharedFixture.draft(i, "save " + i)).id();
                // Acknowledged: save() returned, so the commit is durable. Only now does the "desk" say so.
                out.write((id + "\n").getBytes(StandardCharsets.US_ASCII));
                out.getFD().sync();
            }
        }
    }
}
