package org.helplinelogbook.cli;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactRules;
import org.helplinelogbook.domain.ImportText;
import org.helplinelogbook.domain.StartTimes;
import org.helplinelogbook.domain.Taxonomy;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.NotesPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Imports contacts from an RFC 4180 CSV file, all or nothing: every row is checked first and each bad one is
 * reported as {@code line N: reason}; only a clean file is saved, in one transaction.
 */
@Command(name = "import", description = "Import contacts from a CSV file (all or nothing).")
final class ImportCommand extends LogbookCommand {

    static final List<String> REQUIRED = List.of("started_at", "duration_seconds", "channel", "caller_type", "topics",
            "outcome", "source", "notes");
    static final String OPTIONAL = "caller_code";
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    @Parameters(paramLabel = "FILE.csv")
    Path file;

    @Option(names = "--redact-pii", description = "Replace identifiers found in notes with tokens such as [PHONE] instead of refusing the row.")
    boolean redactPii;

    @Override
    public Integer call() {
        String text = readUtf8(file);
        try (Logbook logbook = options.open(false)) {
            PrintWriter err = spec.commandLine().getErr();
            List<String> problems = new ArrayList<>();
            var choices = redactPii ? NotesPolicy.Choices.REDACT_ALL : NotesPolicy.Choices.NONE;
            var policy = logbook.contacts().notesPolicy();
            List<ContactDraft> drafts = parse(text, logbook.taxonomy(), logbook.zone(), Instant.now(),
                    notes -> withHint(policy.problem(notes, choices)), problems, err);
            if (!problems.isEmpty()) {
                problems.forEach(err::println);
                err.flush();
                throw new Cli.InvalidInputException("Nothing was imported: " + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems") + " found.");
            }
            if (drafts.isEmpty()) { // a header and nothing else is almost always the wrong file or a failed export
                throw new Cli.InvalidInputException("The file " + file + " has a header but no rows (no contacts);"
                        + " nothing was imported.");
            }
            if (System.console() != null && drafts.size() > 10_000) {
                err.println("Saving " + drafts.size() + " contacts...");
            }
            // The service applies the identifier policy again as it saves (redacting with --redact-pii): the check
            // above only gives each refused row its line number.
            int saved = logbook.contacts().saveAll(drafts, "import", choices);
            spec.commandLine().getOut().println("Imported " + saved + (saved == 1 ? " contact." : " contacts."));
        }
        return 0;
    }

    static List<ContactDraft> parse(String text, Taxonomy taxonomy, ZoneId zone, Instant now, Function<String, String> notesProblem,
            List<String> problems, PrintWriter progress) {
        List<ContactDraft> drafts = new ArrayList<>();
        problems.addAll(ImportText.problems(text)); // control characters, open quotes, oversized fields: read no row
        if (!problems.isEmpty()) {
            return drafts;
        }
        var reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
                .ofCsvRecord(text);
        Map<String, Integer> columns = null;
        boolean showProgress = System.console() != null && text.length() > 1_000_000;
        try {
            for (CsvRecord record : reader) {
                long line = record.getStartingLineNumber();
                if (columns == null) {
                    columns = header(record, problems);
                    if (columns == null) {
                        return drafts;
                    }
                    continue;
                }
                if (record.getFieldCount() != columns.size()) {
                    problems.add("line " + line + ": expected " + columns.size() + " fields, found " + record.getFieldCount());
                    continue;
                }
                ContactDraft draft = draft(record, columns, line, zone, now, notesProblem, problems);
                if (draft != null) {
                    List<String> rowProblems = ContactRules.problems(draft, taxonomy);
                    rowProblems.forEach(p -> problems.add("line " + line + ": " + p));
                    drafts.add(draft);
                }
                if (showProgress && drafts.size() % 20_000 == 0) {
                    progress.println("Checked " + drafts.size() + " rows...");
                    progress.flush();
                }
            }
        } catch (CsvParseException e) {
            Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
            problems.add((m.find() ? "line " + m.group(1) : "the file") + ": not valid CSV (is a quote left open?)");
        }
        if (columns == null && problems.isEmpty()) {
            problems.add("line 1: the file is empty; expected the header " + String.join(",", REQUIRED));
        }
        return drafts;
    }

    private static Map<String, Integer> header(CsvRecord record, List<String> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.getFieldCount(); i++) {
            String name = record.getField(i).strip();
            if (!REQUIRED.contains(name) && !name.equals(OPTIONAL)) {
                problems.add("line 1: unknown column '" + name + "'; expected " + String.join(",", REQUIRED)
                        + " and optionally " + OPTIONAL);
                return null;
            }
            if (columns.put(name, i) != null) {
                problems.add("line 1: column '" + name + "' appears twice");
                return null;
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add("line 1: missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
            return null;
        }
        return columns;
    }

    private static ContactDraft draft(CsvRecord r, Map<String, Integer> columns, long line, ZoneId zone, Instant now,
            Function<String, String> notesProblem, List<String> problems) {
        int before = problems.size();
        StartTimes.Checked start = StartTimes.check(field(r, columns, "started_at"), zone, now);
        if (start.problem() != null) {
            problems.add("line " + line + ": started_at " + start.problem());
        }
        int duration = -1;
        String durationText = field(r, columns, "duration_seconds");
        try {
            duration = Integer.parseInt(durationText);
            if (duration < 0 || duration > ContactRules.MAX_DURATION_SECONDS) {
                problems.add("line " + line + ": duration_seconds must be between 0 and 86400");
            }
        } catch (NumberFormatException e) {
            problems.add("line " + line + ": duration_seconds must be a whole number from 0 to 86400");
        }
        String notes = emptyToNull(r.getField(columns.get("notes")));
        String notesTrouble = notes == null ? null : notesProblem.apply(notes);
        if (notesTrouble != null) {
            problems.add("line " + line + ": " + notesTrouble);
        }
        if (problems.size() > before) {
            return null;
        }
        String code = columns.containsKey(OPTIONAL) ? field(r, columns, OPTIONAL) : null;
        return new ContactDraft(start.start().local(), duration, field(r, columns, "channel"),
                field(r, columns, "caller_type"), codes(field(r, columns, "topics")), codes(field(r, columns, "outcome")),
                emptyToNull(field(r, columns, "source")), notes, emptyToNull(code), start.start().offset());
    }

    private static String withHint(String problem) {
        return problem == null ? null : problem + " " + AddCommand.REDACT_HINT;
    }

    private static String field(CsvRecord r, Map<String, Integer> columns, String name) {
        return r.getField(columns.get(name)).strip();
    }

    private static List<String> codes(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Reads the whole file as strict UTF-8 (a stray Latin-1 byte is reported, not silently changed). */
    static String readUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "The file " + file + " does not exist.");
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "The file " + file + " cannot be read.");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "The file " + file + " is not UTF-8 text. Save it as CSV UTF-8 and try again.");
        }
    }
}
