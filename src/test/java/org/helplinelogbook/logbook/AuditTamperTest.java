package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requirement 13: editing, deleting, reordering or truncating any of ~1,000 audit entries is detected. Tampering
 * needs the triggers dropped first (as an attacker with the key and a SQL console could); the triggers themselves
 * are tested too.
 */
class AuditTamperTest {

    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private Logbook logbook;

    @BeforeAll
    static void thousandEntries() {
        try (Logbook logbook = SafetyLogbooks.create(template).logbook()) {
            for (int i = 0; i < 1_000; i++) {
                logbook.record("view", "record-" + i, "notes", null);
            }
        }
    }

    @BeforeEach
    void openCopy() {
        SafetyLogbooks.copyFolder(template, dir);
        logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER);
        assertThat(logbook.verification().verifyAudit()).isEmpty();
        assertThat(count()).isGreaterThan(1_000);
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void triggersRefuseUpdateAndDelete() {
        assertThatThrownBy(() -> sql("UPDATE audit_entry SET fields = 'x' WHERE seq = 10"))
                .hasRootCauseInstanceOf(java.sql.SQLException.class);
        assertThatThrownBy(() -> sql("DELETE FROM audit_entry WHERE seq = 10"))
                .hasRootCauseInstanceOf(java.sql.SQLException.class);
        assertThat(logbook.verification().verifyAudit()).isEmpty();
    }

    @Test
    void editedEntryIsDetected() {
        sql("DROP TRIGGER audit_entry_no_update");
        sql("UPDATE audit_entry SET fields = 'caller_type' WHERE seq = 500");
        assertThat(logbook.verification().verifyAudit()).containsExactly("audit entry 500 has been altered");
    }

    @Test
    void deletedEntryIsDetected() {
        sql("DROP TRIGGER audit_entry_no_delete");
        sql("DELETE FROM audit_entry WHERE seq = 500");
        assertThat(logbook.verification().verifyAudit()).singleElement().asString().contains("audit entry 500 is missing");
    }

    @Test
    void reorderedEntriesAreDetected() {
        sql("DROP TRIGGER audit_entry_no_update");
        // Swap the contents of two neighbours, keeping the sequence numbers in order.
        sql("UPDATE audit_entry SET seq = -1 WHERE seq = 400");
        sql("UPDATE audit_entry SET seq = 400 WHERE seq = 401");
        sql("UPDATE audit_entry SET seq = 401 WHERE seq = -1");
        assertThat(logbook.verification().verifyAudit()).containsExactly("audit entry 400 has been altered");
    }

    @Test
    void truncatedLogIsDetectedByTheAnchor() {
        long last = count();
        sql("DROP TRIGGER audit_entry_no_delete");
        sql("DELETE FROM audit_entry WHERE seq > 900");
        assertThat(logbook.verification().verifyAudit()).singleElement().asString()
                .contains("truncated").contains("ends at 900").contains("entry " + last);
    }

    @Test
    void tamperingSurvivesReopening() {
        sql("DROP TRIGGER audit_entry_no_update");
        sql("UPDATE audit_entry SET action = 'login' WHERE seq = 3");
        logbook.close();
        logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER);
        assertThat(logbook.verification().verifyAudit()).contains("audit entry 3 has been altered");
    }

    private long count() {
        return logbook.database().jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM audit_entry").mapTo(Long.class).one());
    }

    private void sql(String statement) {
        logbook.database().jdbi().useHandle((Handle h) -> h.execute(statement));
    }
}
