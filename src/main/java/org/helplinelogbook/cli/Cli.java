package org.helplinelogbook.cli;

import java.io.PrintWriter;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.logbook.LogbookException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line interface: picocli commands, exit codes as documented in the README. */
// scope INHERIT: --help and --version work on every command and subcommand, not only at the top.
@Command(name = "helpline-logbook", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "Helpline Logbook 0.1.0",
        description = "Anonymous contact logging for a support helpline.",
        subcommands = {InitCommand.class, JoinCommand.class, MigrateToServerCommand.class, UsersCommand.class, PasswdCommand.class, AddCommand.class,
                ImportCommand.class, ListCommand.class, DemoCommand.class, ReportCommand.class, PurgeNotesCommand.class,
                BackupCommand.class, ServerBackupCommand.class, RestoreCommand.class, VerifyCommand.class, CompactCommand.class,
                ScanNotesCommand.class})
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int UNEXPECTED = 1;
    public static final int USAGE = 2;
    public static final int NOT_ALLOWED = 3;
    public static final int INVALID_INPUT = 4;
    public static final int LOGBOOK_STATE = 5;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say which command to run (see --help).");
    }

    public static int run(String... args) {
        var err = new PrintWriter(System.err, true);
        try {
            return commandLine(new PrintWriter(System.out, true), err).execute(args);
        } catch (Throwable t) { // errors escape picocli's handler; the person still gets one calm line
            LOG.error("Unexpected failure in a command: {}", t.getClass().getName());
            err.println("helpline-logbook: Something unexpected went wrong (" + t.getClass().getSimpleName()
                    + "). Nothing was changed.");
            return UNEXPECTED;
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        var cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("helpline-logbook: " + messageFor(ex));
            commandLine.getErr().flush();
            return exitCodeFor(ex);
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("helpline-logbook: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Run with --help for usage.");
            return USAGE;
        });
        return cl;
    }

    static int exitCodeFor(Exception ex) {
        if (ex instanceof LogbookException le) {
            return le.kind().exitCode();
        }
        if (ex instanceof AccessDeniedException) {
            return NOT_ALLOWED;
        }
        if (ex instanceof InvalidInputException) {
            return INVALID_INPUT;
        }
        if (ex instanceof UsageException) {
            return USAGE;
        }
        return UNEXPECTED;
    }

    static String messageFor(Exception ex) {
        if (ex instanceof LogbookException || ex instanceof AccessDeniedException || ex instanceof InvalidInputException
                || ex instanceof UsageException) {
            return ex.getMessage();
        }
        // Unexpected: the type goes to the log for whoever supports the desk; the person sees one calm line.
        LOG.error("Unexpected error in a command: {}", ex.getClass().getName());
        return "Something unexpected went wrong (" + ex.getClass().getSimpleName() + "). Nothing was changed.";
    }

    /** A command was called without something it needs; exits 2 like picocli's own usage errors. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** Bad input already reported line by line on stderr; exits 4. */
    static final class InvalidInputException extends RuntimeException {
        InvalidInputException(String message) {
            super(message);
        }
    }
}
