package org.helplinelogbook.cli;

import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Add realistic synthetic contacts (managers only), for trying the app and for benchmarks.")
final class DemoCommand extends LogbookCommand {

    @Option(names = "--contacts", required = true, paramLabel = "N")
    int contacts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1")
    long seed;

    @Override
    public Integer call() {
        if (contacts < 0 || contacts > 10_000_000) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "--contacts must be between 0 and 10000000.");
        }
        try (Logbook logbook = options.open(false)) {
            logbook.actor().requireManager("add demo data");
            var err = spec.commandLine().getErr();
            boolean terminal = System.console() != null;
            long saved = logbook.demo().generate(contacts, seed, n -> {
                if (terminal) {
                    err.print("\rSaved " + n + " of " + contacts + " demo contacts");
                    err.flush();
                }
            });
            if (terminal) {
                err.println();
            }
            spec.commandLine().getOut().println("Added " + saved + " demo contacts.");
        }
        return 0;
    }
}
