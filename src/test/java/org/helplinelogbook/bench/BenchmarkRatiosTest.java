package org.helplinelogbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.helplinelogbook.bench.LogbookBench.Figure;
import org.junit.jupiter.api.Test;

/**
 * Quick mode of the logbook benchmarks for CI: about 20,000 demo contacts, and each figure compared with its
 * hand-written SQL on the same database. Fails only when a ratio is grossly off (more than 5× the baseline), never
 * on absolute times, which a shared CI machine cannot promise. The full figures come from {@link BenchSuite}.
 */
class BenchmarkRatiosTest {

    static final int CONTACTS = 20_000;
    static final double MAX_RATIO = 5.0;

    @Test
    void appStaysWithinAFewTimesHandWrittenSql() throws Exception {
        PrintStream log = System.out;
        Path root = Path.of("target");
        var prepared = LogbookBench.prepare(root.resolve("bench-cache-quick"), root.resolve("bench/work-quick"),
                CONTACTS, 1, log);
        try (var bench = new LogbookBench(prepared, log)) {
            check(bench.save(5, 40));
            check(bench.pageByMonth(5, 40));
            check(bench.pageByTopic(5, 40));
            check(bench.monthlySummary(3, 15));
        }
    }

    private static void check(Figure f) {
        System.out.printf(Locale.ROOT, "%-14s app median %.2f ms, hand-written %.2f ms, ratio %.2f%n", f.key(),
                f.app().median(), f.hand().median(), f.ratio());
        assertThat(f.ratio()).as("%s: app median ÷ hand-written SQL median", f.label()).isLessThanOrEqualTo(MAX_RATIO);
    }
}
