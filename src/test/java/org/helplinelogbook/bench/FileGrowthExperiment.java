package org.helplinelogbook.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.helplinelogbook.logbook.TestLogbooks;

/**
 * File growth experiment (issue #8): a new logbook, {@code exp.saves} contacts saved one at a time as at a desk,
 * then closed and reopened twice, printing the file size at each step and how long each open and close took. Run
 * with {@code -Dhelplinelogbook.h2.maxCompactMs=N} to see what H2's compaction at close does in N ms.
 */
public final class FileGrowthExperiment {

    private FileGrowthExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Files.createTempDirectory("file-growth");
        Path file = dir.resolve("logbook.mv.db");
        int saves = Integer.getInteger("exp.saves", 3000);
        try (var logbook = TestLogbooks.createWithWorker(dir)) {
            for (int i = 0; i < saves; i++) {
                logbook.contacts().save(TestLogbooks.contacts(1, LocalDateTime.now().minusMinutes(i)).get(0));
            }
            log.printf("RESULT after %,d saves: %,d KiB%n", saves, Files.size(file) >> 10);
        }
        log.printf("RESULT closed: %,d KiB%n", Files.size(file) >> 10);
        for (int k = 1; k <= 2; k++) {
            long t0 = System.nanoTime();
            TestLogbooks.openAsManager(dir).close();
            log.printf("RESULT reopened and closed (%d): %,d KiB in %.1f s%n", k, Files.size(file) >> 10,
                    (System.nanoTime() - t0) / 1e9);
        }
    }
}
