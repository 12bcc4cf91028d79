package org.helplinelogbook.logbook;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactRules;
import org.helplinelogbook.domain.ImportText;
import org.helplinelogbook.domain.StartTimes;
import org.helplinelogbook.domain.Taxonomy;

/**
 * Importing contacts from an RFC 4180 CSV file, all or nothing, for every front end: the file is read as a stream
 * (a check of its text, then its rows; never held in memory whole), every row is checked and each bad one reported
 * as {@code line N: reason}, and only a clean file is saved, in one transaction audited as {@code import}.
 */
public final class ContactImport {

    public static final List<String> REQUIRED = List.of("started_at", "duration_seconds", "channel", "caller_type",
            "topics", "outcome", "source", "notes");
    public static final String OPTIONAL = "caller_code";
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    /** Files larger than this get a progress line every 20,000 rows checked. */
    private static final long PROGRESS_BYTES = 1_000_000;
    /** Imports larger than this say that they are saving (it takes a while). */
    private static final int PROGRESS_ROWS = 10_000;

    /**
     * What an import did: the contacts saved; or every problem found, or no rows at all (then nothing was saved).
     */
    public record Outcome(int saved, List<String> problems, boolean noRows) {}

    private final ContactService contacts;
    private final TaxonomyCache taxonomy;
    private final ZoneId zone;

    ContactImport(ContactService contacts, TaxonomyCache taxonomy, ZoneId zone) {
        this.contacts = contacts;
        this.taxonomy = taxonomy;
        this.zone = zone;
    }

    /**
     * Checks, before a logbook is opened for it, that the file exists and is UTF-8 text, reading it as a stream.
     *
     * @throws LogbookException INVALID_INPUT with a sentence saying what is wrong with the file
     */
    public static void requireText(Path file) {
        try (Reader in = open(file)) {
            char[] buffer = new char[1 << 16];
            while (in.read(buffer) >= 0) {
                // reading is the check
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Checks every row and, only when all are good, saves them in one transaction.
     *
     * @param choices what to do with identifiers found in notes (refuse the row, or redact them)
     * @param notesHint added to a refused note's reason: how this front end lets the person redact ("" for none)
     * @param progress told what a large import is doing ("Checked 20000 rows...", "Saving 50000 contacts...")
     * @throws LogbookException INVALID_INPUT when the file is missing, unreadable or not UTF-8 text
     */
    public Outcome importCsv(Path file, NotesPolicy.Choices choices, String notesHint, Consumer<String> progress) {
        var policy = contacts.notesPolicy();
        Function<String, String> notesProblem = notes -> {
            String problem = policy.problem(notes, choices);
            return problem == null || notesHint.isEmpty() ? problem : problem + " " + notesHint;
        };
        List<String> problems = new ArrayList<>();
        List<ContactDraft> drafts;
        try {
            try (Reader in = open(file)) {
                problems.addAll(ImportText.problems(in)); // control characters, open quotes, oversized fields
            }
            if (!problems.isEmpty()) {
                return new Outcome(0, problems, false); // read no row of a file that is not plain CSV
            }
            boolean showProgress = Files.size(file) > PROGRESS_BYTES;
            try (Reader in = open(file)) {
                drafts = parse(in, taxonomy.current(), zone, Instant.now(), notesProblem, problems,
                        showProgress ? progress : line -> { });
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e.getCause());
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, problems, false);
        }
        if (drafts.isEmpty()) { // a header and nothing else is almost always the wrong file or a failed export
            return new Outcome(0, List.of(), true);
        }
        if (drafts.size() > PROGRESS_ROWS) {
            progress.accept("Saving " + drafts.size() + " contacts...");
        }
        // The service applies the identifier policy again as it saves (redacting when asked): the check above only
        // gives each refused row its line number.
        return new Outcome(contacts.saveAll(drafts, AuditActions.IMPORT, choices), List.of(), false);
    }

    static List<ContactDraft> parse(Reader text, Taxonomy taxonomy, ZoneId zone, Instant now,
            Function<String, String> notesProblem, List<String> problems, Consumer<String> progress) {
        List<ContactDraft> drafts = new ArrayList<>();
        var reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
                .ofCsvRecord(text);
        Map<String, Integer> columns = null;
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
                    problems.add("line " + line + ": expected " + columns.size() + " fields, found "
                            + record.getFieldCount());
                    continue;
                }
                ContactDraft draft = draft(record, columns, line, zone, now, notesProblem, problems);
                if (draft != null) {
                    List<String> rowProblems = ContactRules.problems(draft, taxonomy);
                    rowProblems.forEach(p -> problems.add("line " + line + ": " + p));
                    drafts.add(draft);
                }
                if (drafts.size() % 20_000 == 0 && !drafts.isEmpty()) {
                    progress.accept("Checked " + drafts.size() + " rows...");
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

    private static String field(CsvRecord r, Map<String, Integer> columns, String name) {
        return r.getField(columns.get(name)).strip();
    }

    private static List<String> codes(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The file as strict UTF-8 text (a stray Latin-1 byte is reported, not silently changed), without its BOM. */
    private static Reader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    private static LogbookException unreadable(Path file, Throwable e) {
        if (e instanceof NoSuchFileException) {
            return new LogbookException(LogbookException.Kind.INVALID_INPUT, "The file " + file + " does not exist.");
        }
        if (e instanceof CharacterCodingException) {
            return new LogbookException(LogbookException.Kind.INVALID_INPUT,
                    "The file " + file + " is not UTF-8 text. Save it as CSV UTF-8 and try again.");
        }
        return new LogbookException(LogbookException.Kind.INVALID_INPUT, "The file " + file + " cannot be read.");
    }
}
