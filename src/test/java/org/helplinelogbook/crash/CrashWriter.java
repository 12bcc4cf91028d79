package org.helplinelogbook.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.SafetyLogbooks;

/**
 * The process the crash harness kills: opens the logbook and saves contacts through {@code ContactService.save}
 * in a loop, printing each id only after save has returned (that is, after CHECKPOINT SYNC). Every printed id is
 * therefore a promise that the contact survives a kill at any later moment.
 *
 * <p>Arguments: data folder, username, file holding the password.
 */
public final class CrashWriter {

    private CrashWriter() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        char[] password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip().toCharArray();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Logbook logbook = Logbook.open(dir, args[1], password)) {
            out.println("open");
            out.flush();
            LocalDateTime start = LocalDateTime.now(logbook.zone()).truncatedTo(ChronoUnit.SECONDS).minusHours(1);
            for (int i = 0; ; i++) {
                Contact saved = logbook.contacts().save(SafetyLogbooks.draft(start, i, i % 3 == 0 ? "Note " + i : null));
                out.println(saved.id());
                out.flush();
            }
        }
    }
}
