package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs a CLI command in-process for tests in other packages, with the given environment (passwords). */
public final class CliForTests {

    public record Result(int exitCode, String out, String err) {}

    private CliForTests() {}

    public static Result run(Map<String, String> env, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var previous = Passwords.environment;
        Passwords.environment = env::get;
        try {
            int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
            return new Result(code, out.toString(), err.toString());
        } finally {
            Passwords.environment = previous;
        }
    }
}
