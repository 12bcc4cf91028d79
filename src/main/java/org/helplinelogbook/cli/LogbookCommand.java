package org.helplinelogbook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command on a logbook has: the logbook options (which logbook, who signs in) and picocli's spec for its
 * output streams. A command extends this, opens the logbook with {@code options.open(...)}, calls one service method
 * and prints through {@link #out()} / {@link #err()} (never {@code System.out}: the tests capture these).
 */
abstract class LogbookCommand implements Callable<Integer> {

    @Mixin
    LogbookOptions options;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
