package org.helplinelogbook.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.SafetyLogbooks;

/**
 * The process the crash harness kills. It opens the logbook, prints {@code open}, does one kind of write and
 * prints what it has finished, each line only after the service call returned (that is, after CHECKPOINT SYNC):
 * every printed line is a promise that survives a kill at any later moment.
 *
 * <ul>
 *   <li>{@code save}: saves contacts in a loop, printing each id.</li>
 *   <li>{@code import N}: imports N contacts in one call ({@code importing}, then {@code imported N}).</li>
 *   <li>{@code purge R}: saves a few contacts with notes 13 + R months old (ids printed), removes their notes
 *       ({@code purged}) and closes, which rewrites the file ({@code closed}).</li>
 *   <li>{@code backup}: replaces today's automatic backup ({@code backup}), then closes.</li>
 *   <li>{@code close}: edits a note, which owes a rewrite of the file, then closes ({@code edited}, {@code closed}).</li>
 * </ul>
 *
 * <p>Arguments: data folder, username, file holding the password, operation, [size].
 */
public final class CrashWriter {

    private CrashWriter() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        char[] password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip().toCharArray();
        String op = args.length > 3 ? args[3] : "save";
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try {
            work(dir, args, password, op, out);
        } catch (RuntimeException e) {
            say(out, "failed " + e);
            System.exit(1);
        }
    }

    private static void work(Path dir, String[] args, char[] password, String op, PrintStream out) {
        Logbook logbook = LogbookOpening.open(dir, args[1], password);
        say(out, "open");
        LocalDateTime now = LocalDateTime.now(logbook.zone()).truncatedTo(ChronoUnit.SECONDS);
        switch (op) {
            case "save" -> {
                for (int i = 0; ; i++) {
                    Contact saved = logbook.contacts().save(SafetyLogbooks.draft(now.minusHours(1), i,
                            i % 3 == 0 ? "Note " + i : null));
                    say(out, saved.id().toString());
                }
            }
            case "import" -> {
                int n = Integer.parseInt(args[4]);
                // Recent enough that no purge removes their month (a removed month takes no new notes).
                List<ContactDraft> drafts = SafetyLogbooks.drafts(now.minusDays(40), n, "Imported note");
                say(out, "importing");
                int saved = logbook.contacts().saveAll(drafts, "import");
                say(out, "imported " + saved);
                logbook.close();
                say(out, "closed");
            }
            case "purge" -> {
                // Each purge round a month further back than any removed before (a removed month takes no notes).
                LocalDateTime old = now.minusMonths(13 + Integer.parseInt(args[4]));
                for (int i = 0; i < 3; i++) {
                    say(out, logbook.contacts().save(SafetyLogbooks.draft(old, i, "Old note " + i)).id().toString());
                }
                var result = logbook.retention().purgeNotesOlderThan(YearMonth.from(now.minusMonths(12)));
                say(out, "purged " + result.months());
                logbook.close();
                say(out, "closed");
            }
            case "backup" -> {
                logbook.backups().onExit();
                say(out, "backup");
                logbook.close();
                say(out, "closed");
            }
            case "close" -> {
                var page = logbook.contacts().page(ContactFilter.ALL, null, 1);
                if (!page.contacts().isEmpty()) {
                    Contact c = page.contacts().get(0);
                    var d = new ContactDraft(c.startedAt(), c.durationSeconds(), c.channel(), c.callerType(),
                            c.topics(), c.outcomes(), c.source(), "Edited at " + LocalDate.now(), null);
                    logbook.contacts().update(c.id(), c.version(), d);
                }
                say(out, "edited");
                logbook.close();
                say(out, "closed");
            }
            default -> throw new IllegalArgumentException(op);
        }
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }
}
