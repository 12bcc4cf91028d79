package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.helplinelogbook.security.KeySlotFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit anchor in keyslots.json is written off the saving thread (docs/adr/0002-key-handling.md): it may trail
 * the newest entry for a moment, but a flush, a verification and closing the logbook bring it to the newest entry.
 */
class AuditAnchorTest {

    @TempDir
    Path dir;

    @Test
    void flushAnchorsTheNewestEntry() throws Exception {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            logbook.contacts().saveAll(TestLogbooks.contacts(3, LocalDateTime.now().minusHours(1)), "import");
            for (int i = 0; i < 20; i++) {
                logbook.contacts().save(TestLogbooks.contacts(1, LocalDateTime.now().minusMinutes(i)).get(0));
            }
            logbook.auditTrail().flush();
            assertThat(anchoredSeq()).isEqualTo(newestSeq(logbook));
        }
    }

    @Test
    void closingAnchorsTheNewestEntry() throws Exception {
        long newest;
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            for (int i = 0; i < 10; i++) {
                logbook.record("view", "record-" + i, null, null);
            }
            newest = newestSeq(logbook);
        }
        assertThat(anchoredSeq()).isEqualTo(newest);
        try (Logbook reopened = TestLogbooks.openAsManager(dir)) {
            assertThat(reopened.verification().verifyAudit()).isEmpty();
            assertThat(anchoredSeq()).isEqualTo(newestSeq(reopened)); // verification flushes the login entry first
        }
    }

    private long anchoredSeq() throws Exception {
        return KeySlotFile.load(dir).auditAnchor().orElseThrow().seq();
    }

    private static long newestSeq(Logbook logbook) {
        return logbook.store().read(r -> r.audit().last().orElseThrow().seq());
    }
}
