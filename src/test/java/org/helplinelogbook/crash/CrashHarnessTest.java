package org.helplinelogbook.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reduced kill -9 run for CI: one kill of each kind of write (import, save, purge, backup, close) on a
 * logbook that starts with an import; {@code -Dcrash.kills=200} gives the full one (docs/durability.md).
 */
@Tag("crash")
class CrashHarnessTest {

    @TempDir
    Path dir;

    @Test
    void noKillLosesAnythingAndTheLogbookAlwaysOpens() throws Exception {
        int kills = Integer.getInteger("crash.kills", 5);
        var sizes = new CrashHarness.Sizes(Integer.getInteger("crash.baseImport", 3_000),
                Integer.getInteger("crash.importSize", 3_000));
        var figures = CrashHarness.run(dir.resolve("logbook"), kills, 42, sizes, null);
        System.out.println("CrashHarnessTest: " + figures);
        assertThat(figures.problems()).isEmpty();
        assertThat(figures.losses()).isZero();
        assertThat(figures.openFailures()).isZero();
        assertThat(figures.auditFailures()).isZero();
        assertThat(figures.kills()).isEqualTo(kills);
        assertThat(figures.opens()).isEqualTo(figures.kills() + figures.finishedBeforeKill() + 1);
        assertThat(figures.killsByOp()).containsKeys(CrashHarness.Op.values());
        assertThat(figures.importsWhole() + figures.importsAbsent()).isPositive();
    }
}
