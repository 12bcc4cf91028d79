package org.helplinelogbook.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.helplinelogbook.logbook.LogbookException;

/**
 * Where the CLI gets passwords: an environment variable, else a file, else a no-echo prompt. Never a command-line
 * argument, which other users of the machine could read from the process list.
 */
final class Passwords {

    /** Environment lookup; tests replace it because a JVM cannot change its own environment. */
    static UnaryOperator<String> environment = System::getenv;

    private Passwords() {}

    static char[] signIn(Path passwordFile) {
        return read("LOGBOOK_PASSWORD", passwordFile, "Password: ", false);
    }

    static char[] newPassword(String prompt) {
        return read("LOGBOOK_NEW_PASSWORD", null, prompt, true);
    }

    static char[] read(String envName, Path file, String prompt, boolean confirm) {
        String env = environment.apply(envName);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        if (file != null) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                return text.lines().findFirst().orElse("").toCharArray();
            } catch (IOException e) {
                throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "The password file cannot be read: " + file);
            }
        }
        var console = System.console();
        if (console != null) {
            char[] first = console.readPassword(prompt);
            if (first == null) {
                throw noPassword(envName);
            }
            if (confirm) {
                char[] again = console.readPassword("Type it again: ");
                if (again == null || !Arrays.equals(first, again)) {
                    throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "The two passwords are not the same.");
                }
                Arrays.fill(again, '\0');
            }
            return first;
        }
        // Not a terminal: take one line from standard input, so scripts can pipe it in.
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw noPassword(envName);
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw noPassword(envName);
        }
    }

    private static LogbookException noPassword(String envName) {
        return new LogbookException(LogbookException.Kind.AUTHENTICATION,
                "No password given: set " + envName + ", use --password-file, or type it at the prompt.");
    }
}
