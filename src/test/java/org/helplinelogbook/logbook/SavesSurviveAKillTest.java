package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.helplinelogbook.domain.ContactFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: on logbooks of 10,000+ contacts the kill harness lost every save the killed writer had acknowledged, and
 * the audit anchor was then ahead of the audit chain. H2 2.5 writes its store header (where recovery after a kill
 * starts looking for the newest chunk) naming the chunk before the one it has just written; when that chunk went
 * into a gap of the file, recovery stopped short of it and of every chunk after it ({@code storage/H2StoreHeader}).
 * A logbook that has held more data than it does now has gaps; here an import is made in the same session as the
 * saves, with H2 reusing freed space at once (as it does once a chunk is 45 s old), and then the process is "killed"
 * (H2 shut down without any clean-up; what was written stays in the file, as after SIGKILL).
 */
class SavesSurviveAKillTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final String REPAIR = "helplinelogbook.h2.nameNewestChunk";

    @TempDir
    Path tmp;

    @AfterEach
    void repairOn() {
        System.clearProperty(REPAIR);
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKill() {
        Path dir = logbook();
        long expected = 1_000;
        for (int round = 0; round < 4; round++) {
            Logbook logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER);
            List<UUID> acknowledged = importAndSave(logbook, round);
            kill(logbook);
            expected += 500 + acknowledged.size();

            try (Logbook reopened = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER)) {
                for (UUID id : acknowledged) {
                    assertThat(reopened.contacts().find(id)).as("round %d: acknowledged save %s", round, id)
                            .isPresent();
                }
                assertThat(reopened.contacts().count(ContactFilter.ALL)).as("round %d", round).isEqualTo(expected);
                assertThat(reopened.verification().verifyAudit()).as("round %d: the chain reaches its anchor", round)
                        .isEmpty();
            }
        }
    }

    @Test
    void aBackupMadeAfterTheSavesHoldsThem() {
        Path dir = logbook();
        Path backup;
        List<UUID> acknowledged;
        try (Logbook logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER)) {
            acknowledged = importAndSave(logbook, 0);
            // H2's BACKUP TO copies the open file, which is then opened as after a kill.
            backup = logbook.backups().create(tmp.resolve("by-hand" + Backups.SUFFIX));
        }
        var restored = Backups.restore(backup, tmp.resolve("restored"), SafetyLogbooks.MANAGER,
                SafetyLogbooks.PASSWORD.toCharArray(), p -> { });
        assertThat(restored.rowCounts().get("contact")).isEqualTo(1_000 + 500 + acknowledged.size());
        try (Logbook logbook = SafetyLogbooks.open(tmp.resolve("restored"), SafetyLogbooks.MANAGER)) {
            for (UUID id : acknowledged) {
                assertThat(logbook.contacts().find(id)).isPresent();
            }
        }
    }

    /**
     * The same kills without the repair lose acknowledged saves: this shows the test above reproduces the fault. When
     * it fails, H2 has fixed its header and {@code storage/H2StoreHeader} can go.
     */
    @Test
    void withoutTheRepairTheSameKillsLoseAcknowledgedSaves() {
        System.setProperty(REPAIR, "false");
        Path dir = logbook();
        int lost = 0;
        for (int round = 0; round < 4 && lost == 0; round++) {
            Logbook logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER);
            List<UUID> acknowledged = importAndSave(logbook, round);
            kill(logbook);
            try (Logbook reopened = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER)) {
                for (UUID id : acknowledged) {
                    lost += reopened.contacts().find(id).isEmpty() ? 1 : 0;
                }
            }
        }
        assertThat(lost).as("acknowledged saves lost by H2 2.5 without the repair").isPositive();
    }

    private Path logbook() {
        Path dir = tmp.resolve("logbook");
        try (Logbook logbook = SafetyLogbooks.create(dir).logbook()) {
            logbook.contacts().saveAll(SafetyLogbooks.drafts(START, 1_000, "imported"), "import");
        }
        return dir;
    }

    /** An import of 500 that leaves gaps in the file, then three single saves, as a desk makes them. */
    private static List<UUID> importAndSave(Logbook logbook, int round) {
        reuseSpaceAtOnce(logbook);
        logbook.contacts().saveAll(SafetyLogbooks.drafts(START.plusDays(round + 1), 500, "more"), "import");
        List<UUID> acknowledged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            acknowledged.add(logbook.contacts().save(SafetyLogbooks.draft(START.plusDays(40), i, "saved")).id());
        }
        return acknowledged;
    }

    /**
     * H2 keeps the space of an unused chunk for 45 seconds before writing into it; a desk's logbook is that old
     * within a minute, a test's is not, so freed space is made usable at once.
     */
    static void reuseSpaceAtOnce(Logbook logbook) {
        logbook.database().jdbi().useHandle(h -> h.execute("SET RETENTION_TIME 0"));
    }

    /** As SIGKILL: H2 shut down without writing anything more; what was written stays in the file. */
    static void kill(Logbook logbook) {
        logbook.database().abandon();
        try {
            logbook.close();
        } catch (RuntimeException alreadyShutDown) {
            // the database was shut down under it
        }
    }
}
