package org.helplinelogbook.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compaction experiment (issue #8): copies a cached bench logbook, then opens and closes it {@code exp.rounds}
 * times, printing how long each close took and the file size after it. Run with
 * {@code -Dhelplinelogbook.h2.maxCompactMs=N} to see what H2's compaction at close achieves in N ms.
 */
public final class CompactExperiment {

    private CompactExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int rounds = Integer.getInteger("exp.rounds", 3);
        var prepared = LogbookBench.prepareExperiment(log);
        Path file = prepared.workDir().resolve("logbook.mv.db");
        log.printf("before: %,d MiB%n", Files.size(file) >> 20);
        for (int i = 0; i < rounds; i++) {
            var bench = new LogbookBench(prepared, log);
            long t0 = System.nanoTime();
            bench.close();
            log.printf("RESULT round %d: close %.1f s, file %,d MiB; load %s%n", i + 1, (System.nanoTime() - t0) / 1e9,
                    Files.size(file) >> 20, ImportExperiment.load());
        }
    }
}
