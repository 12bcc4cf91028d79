package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.StartTimes;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "add", description = "Log one contact. Exits 0 only once it is safely on disk.")
final class AddCommand extends LogbookCommand {

    @Option(names = "--started-at", paramLabel = "DATETIME", description = "Local start time, e.g. 2026-10-03T14:05 (default: now).")
    String startedAt;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "0", description = "Duration in seconds (0-86400).")
    int duration;

    @Option(names = "--channel", required = true)
    String channel;

    @Option(names = "--caller-type", required = true)
    String callerType;

    @Option(names = "--topic", paramLabel = "CODE", description = "Repeat for several topics.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--outcome", paramLabel = "CODE", description = "Repeat for several outcomes.")
    List<String> outcomes = new ArrayList<>();

    @Option(names = "--source", paramLabel = "CODE", description = "How the caller heard of the helpline (not_asked if not asked).")
    String source;

    @Option(names = "--notes", paramLabel = "TEXT|-", description = "The note; - reads it from standard input."
            + " As an argument it shows in the process list and shell history, so prefer - or --notes-file.")
    String notes;

    @Option(names = "--notes-file", paramLabel = "FILE", description = "Read the note from FILE (UTF-8).")
    Path notesFile;

    @Option(names = "--caller-code", paramLabel = "CODEWORD", arity = "0..1", fallbackValue = SensitiveInputs.ASK,
            description = "The caller's own codeword; stored only as a keyed hash. With no value you are asked for it"
                    + " (default: $" + SensitiveInputs.CALLER_CODE_ENV + ").")
    String callerCode;

    @Option(names = "--redact-pii", description = "Replace anything in the notes that looks like an identifier with a token instead of refusing.")
    boolean redactPii;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String note = SensitiveInputs.notes(notes, notesFile, err);
        String codeword = SensitiveInputs.callerCode(callerCode, SensitiveInputs.STDIN.equals(notes), err);
        var checked = new NotesGuard(redactPii).check(note);
        if (checked.problem() != null) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, capitalise(checked.problem()) + ".");
        }
        try (Logbook logbook = options.open(false)) {
            StartTimes.Start start = startedAt == null ? now(logbook.zone()) : parseStart(startedAt, logbook.zone());
            var draft = new ContactDraft(start.local(), duration, channel, callerType, topics, outcomes, source,
                    checked.notes(), codeword, start.offset());
            var saved = logbook.contacts().save(draft);
            spec.commandLine().getOut().println(saved.id());
        }
        return 0;
    }

    /** Now, with its offset, so a contact logged in the repeated hour after the clocks go back keeps its real time. */
    private static StartTimes.Start now(ZoneId zone) {
        var now = java.time.ZonedDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS);
        return new StartTimes.Start(now.toLocalDateTime(), now.getOffset());
    }

    /** The same rules as an import's started_at (see {@link StartTimes}): not in the future, not before 2000, no clock-change guess. */
    static StartTimes.Start parseStart(String text, ZoneId zone) {
        StartTimes.Checked checked = StartTimes.check(text, zone, Instant.now());
        if (checked.problem() != null) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "--started-at " + checked.problem() + ".");
        }
        return checked.start();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
