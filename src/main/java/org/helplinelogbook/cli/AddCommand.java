package org.helplinelogbook.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.logbook.IdentifiersInNotesException;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.NotesPolicy;
import org.helplinelogbook.privacy.IdentifierHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "add", description = "Log one contact. Exits 0 only once it is safely on disk.")
final class AddCommand implements Callable<Integer> {

    /** The command line cannot ask for a reason per identifier, so it offers redacting them all instead. */
    static final String REDACT_HINT = "On the command line, remove them or use --redact-pii.";

    @Mixin
    LogbookOptions options;

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

    @Option(names = "--notes", paramLabel = "TEXT")
    String notes;

    @Option(names = "--caller-code", paramLabel = "CODEWORD", description = "The caller's own codeword; stored only as a keyed hash.")
    String callerCode;

    @Option(names = "--redact-pii", description = "Replace anything in the notes that looks like an identifier with a token instead of refusing.")
    boolean redactPii;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LocalDateTime start = startedAt == null ? null : parseStart(startedAt);
        try (Logbook logbook = options.open(false)) {
            if (start == null) {
                start = LocalDateTime.now(logbook.zone()).truncatedTo(ChronoUnit.SECONDS);
            }
            var draft = new ContactDraft(start, duration, channel, callerType, topics, outcomes, source,
                    notes, callerCode);
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
                    .ifPresent(kinds -> spec.commandLine().getErr().println("Saved; the notes may hold " + kinds
                            + ": check them in the contact log."));
        }
        return 0;
    }

    /** The labels of possible (low-confidence) identifiers, e.g. "a street name", or empty when there are none. */
    static java.util.Optional<String> possibleIdentifiers(List<IdentifierHit> hits) {
        var kinds = hits.stream().filter(h -> !NotesPolicy.blocks(h)).map(h -> h.kind().label()).distinct().toList();
        return kinds.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of("a possible " + String.join(", ", kinds));
    }

    static LocalDateTime parseStart(String text) {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "--started-at must be a local date and time like 2026-10-03T14:05.");
        }
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
