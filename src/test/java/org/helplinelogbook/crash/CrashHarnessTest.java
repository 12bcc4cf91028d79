package org.helplinelogbook.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reduced kill -9 run for CI; {@code -Dcrash.kills=200} gives the full one. */
@Tag("crash")
class CrashHarnessTest {

    @TempDir
    Path dir;

    @Test
    void noAcknowledgedContactIsLostAndTheLogbookAlwaysOpens() throws Exception {
        int kills = Integer.getInteger("crash.kills", 15);
        var figures = CrashHarness.run(dir.resolve("logbook"), kills, 42, null);
        System.out.println("CrashHarnessTest: " + figures);
        assertThat(figures.problems()).isEmpty();
        assertThat(figures.losses()).isZero();
        assertThat(figures.openFailures()).isZero();
        assertThat(figures.auditFailures()).isZero();
        assertThat(figures.acknowledged()).isPositive();
        assertThat(figures.stored()).isGreaterThanOrEqualTo(figures.acknowledged());
    }
}
