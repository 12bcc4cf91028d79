package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/** Runs CLI commands in-process with a given environment, capturing stdout, stderr and the exit code. */
final class CliRun {

    record Result(int exitCode, String out, String err) {}

    private final Map<String, String> env = new HashMap<>();

    CliRun password(String password) {
        env.put("LOGBOOK_PASSWORD", password);
        return this;
    }

    CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CliRun newPassword(String password) {
        env.put("LOGBOOK_NEW_PASSWORD", password);
        return this;
    }

    Result run(String... args) {
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
