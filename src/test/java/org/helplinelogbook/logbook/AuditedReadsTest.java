package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reads the front ends used to audit themselves are service methods now: same entries, managers only. */
class AuditedReadsTest {

    @TempDir
    Path dir;

    @Test
    void listingNotesIsAuditedByFieldNameOnly() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            logbook.contacts().notesListed();
            AuditEntry last = last(logbook);
            assertThat(last.action()).isEqualTo("view_notes");
            assertThat(last.fields()).isEqualTo("notes");
        }
        try (Logbook worker = TestLogbooks.openAsWorker(dir)) {
            assertThatThrownBy(() -> worker.contacts().notesListed()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void seeingExactFiguresIsAudited() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            logbook.figures().exactFiguresShown();
            assertThat(last(logbook).action()).isEqualTo("dashboard_exact");
            assertThat(last(logbook).fields()).isEqualTo("period");
        }
    }

    @Test
    void tellsWhetherAContactIsOnHold() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            UUID id = logbook.contacts().save(TestLogbooks.dataContact(LocalDateTime.now().minusHours(1),
                    "safety_planning", null)).id();
            assertThat(logbook.contacts().isOnHold(id)).isFalse();
            logbook.contacts().setHold(id, true);
            assertThat(logbook.contacts().isOnHold(id)).isTrue();
            assertThat(logbook.contacts().isOnHold(UUID.randomUUID())).isFalse();
        }
    }

    private static AuditEntry last(Logbook logbook) {
        return logbook.store().read(r -> r.audit().last()).orElseThrow();
    }
}
