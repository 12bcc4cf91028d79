package org.helplinelogbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 14: {@code COMMAND --help} printed "Unknown option" on most subcommands. Every command now has it. */
class HelpEverywhereTest {

    @Test
    void everyCommandAndSubcommandPrintsItsUsageAndExitsZero() {
        List<List<String>> paths = new ArrayList<>();
        collect(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
                new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(15); // every command, and users add/list/disable/reset
        for (List<String> path : paths) {
            for (String help : new String[] {"--help", "-h"}) {
                var out = new StringWriter();
                var err = new StringWriter();
                List<String> args = new ArrayList<>(path);
                args.add(help);
                int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                        .execute(args.toArray(String[]::new));
                assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
                assertThat(out.toString()).as(String.join(" ", args)).startsWith("Usage: helpline-logbook")
                        .contains("--help");
                assertThat(err.toString()).as(String.join(" ", args)).isEmpty();
            }
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(sub, deeper, paths);
        });
    }
}
