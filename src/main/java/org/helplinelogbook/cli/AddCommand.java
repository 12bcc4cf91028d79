package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.StartTimes;
import org.helplinelogbook.logbook.IdentifiersInNotesException;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.NotesPolicy;
import org.helplinelogbook.privacy.IdentifierHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "add", description = "Log one contact. Exits 0 only once it is safely on disk.")
final class AddCommand extends LogbookCommand {

    /** The command line cannot ask for a reason per identifier, so it offers redacting them all instead. */
    static final String REDACT_HINT = "On the command line, remove them or use --redact-pii.";

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

    @Option(names = "--notes", paramLabel = "TEXT|-", description = "The note; - reads it from standard input (the"
            + " password then comes from $LOGBOOK_PASSWORD or --password-file). As an argument it shows in the"
            + " process list and shell history, so prefer - or --notes-file.")
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
        try (Logbook logbook = options.open(false)) {
            StartTimes.Start start = startedAt == null ? now(logbook.zone()) : parseStart(startedAt, logbook.zone());
            var draft = new ContactDraft(start.local(), duration, channel, callerType, topics, outcomes, source,
                    note, codeword, start.offset());
            // The identifier policy is the service's: a high-confidence identifier refuses the contact unless
            // --redact-pii replaces every hit; possible ones are only mentioned (kinds, never the text).
            var policy = redactPii ? NotesPolicy.Choices.REDACT_ALL : NotesPolicy.Choices.NONE;
            Contact saved;
            try {
                saved = logbook.contacts().save(draft, policy);
            } catch (IdentifiersInNotesException e) {
                throw new LogbookException(LogbookException.Kind.INVALID_INPUT, e.getMessage() + " " + REDACT_HINT);
            }
            spec.commandLine().getOut().println(saved.id());
            possibleIdentifiers(logbook.contacts().notesPolicy().scan(saved.notes()))
                    .ifPresent(kinds -> err.println("Saved; the notes may hold " + kinds + ": check them in the contact log."));
        }
        return 0;
    }

    /** Now, with its offset, so a contact logged in the repeated hour after the clocks go back keeps its real time. */
    private static StartTimes.Start now(ZoneId zone) {
        var now = ZonedDateTime.now(zone).truncatedTo(ChronoUnit.SECONDS);
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

    /** The labels of possible (low-confidence) identifiers, e.g. "a possible street address", or empty when none. */
    static Optional<String> possibleIdentifiers(List<IdentifierHit> hits) {
        var kinds = hits.stream().filter(h -> !NotesPolicy.blocks(h)).map(h -> h.kind().label()).distinct().toList();
        return kinds.isEmpty() ? Optional.empty() : Optional.of("a possible " + String.join(", ", kinds));
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
