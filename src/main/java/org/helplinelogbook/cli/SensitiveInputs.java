package org.helplinelogbook.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.helplinelogbook.domain.ContactRules;
import org.helplinelogbook.logbook.LogbookException;

/**
 * Where {@code add} gets a note and a caller's codeword. Typed as arguments, both can be read by every user of
 * the computer in the process list ({@code ps}) and stay in the shell's history, so each has a way in that is not
 * an argument, and an argument still works but draws a warning on stderr:
 * <ul>
 * <li>note: {@code --notes-file FILE}, or {@code --notes -} for standard input;</li>
 * <li>codeword: {@code --caller-code} with no value asks for it without echo (or reads a line from standard
 * input when there is no terminal), or the environment variable {@value #CALLER_CODE_ENV}.</li>
 * </ul>
 * A note read from a file or standard input is read only up to one character past the limit, so a note of any
 * size is refused as "too long" without loading it.
 */
final class SensitiveInputs {

    static final String CALLER_CODE_ENV = "LOGBOOK_CALLER_CODE";
    /** picocli's value for {@code --caller-code} given without one: ask for it. */
    static final String ASK = "\u0000ask";
    static final String STDIN = "-";

    private SensitiveInputs() {}

    static String notes(String notesOption, Path notesFile, PrintWriter err) {
        if (notesOption != null && notesFile != null) {
            throw new Cli.UsageException("Give the note once: either --notes or --notes-file.");
        }
        if (notesFile != null) {
            try (InputStream in = Files.newInputStream(notesFile)) {
                return read(in, "The file " + notesFile);
            } catch (NoSuchFileException e) {
                throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "The notes file " + notesFile + " does not exist.");
            } catch (IOException e) {
                throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "The notes file " + notesFile + " cannot be read.");
            }
        }
        if (STDIN.equals(notesOption)) {
            return read(System.in, "Standard input");
        }
        if (notesOption != null && !notesOption.isBlank()) {
            warn(err, "a note given as an argument can be read by other users of this computer (process list) and"
                    + " stays in your shell history. Use --notes-file FILE or --notes - (standard input) instead.");
            if (notesOption.length() > ContactRules.MAX_NOTES_CHARS) {
                throw tooLong();
            }
        }
        return notesOption;
    }

    static String callerCode(String option, boolean stdinUsedForNotes, PrintWriter err) {
        if (ASK.equals(option)) {
            var console = System.console();
            if (console != null) {
                char[] typed = console.readPassword("Caller's codeword (not shown): ");
                return typed == null ? null : new String(typed);
            }
            if (stdinUsedForNotes) {
                throw new Cli.UsageException("The note already comes from standard input; give the codeword in "
                        + CALLER_CODE_ENV + " instead.");
            }
            try {
                return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "The codeword could not be read.");
            }
        }
        if (option != null) {
            warn(err, "a codeword given as an argument can be read by other users of this computer (process list)"
                    + " and stays in your shell history. Use --caller-code with no value to be asked for it, or "
                    + CALLER_CODE_ENV + ".");
            return option;
        }
        String env = Passwords.environment.apply(CALLER_CODE_ENV);
        return env == null || env.isBlank() ? null : env;
    }

    /** Reads strict UTF-8 up to one character past the limit; one trailing line break (from echo) is dropped. */
    private static String read(InputStream in, String what) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            Reader reader = new InputStreamReader(in, decoder);
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > ContactRules.MAX_NOTES_CHARS + 2) {
                    throw tooLong();
                }
            }
        } catch (CharacterCodingException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, what + " is not UTF-8 text.");
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, what + " cannot be read.");
        }
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
            if (end > 0 && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        if (end > ContactRules.MAX_NOTES_CHARS) {
            throw tooLong();
        }
        return text.substring(0, end);
    }

    private static LogbookException tooLong() {
        return new LogbookException(LogbookException.Kind.INVALID_INPUT,
                "Note too long: a note holds at most " + ContactRules.MAX_NOTES_CHARS + " characters. Nothing was saved.");
    }

    private static void warn(PrintWriter err, String message) {
        err.println("helpline-logbook: warning: " + message);
        err.flush();
    }
}
