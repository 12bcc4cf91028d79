package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogServiceTest {

    @TempDir
    Path dir;

    @Test
    void pagesNewestFirstWithFilters() {
        try (Logbook logbook = TestLogbooks.createWithWorker(dir)) {
            for (int i = 0; i < 12; i++) {
                logbook.settings().change("auto_lock_minutes", String.valueOf(5 + i));
            }
            var service = logbook.auditLog();
            long size = service.size();
            Set<Long> seen = new HashSet<>();
            Long before = null;
            long previous = Long.MAX_VALUE;
            do {
                var page = service.page(before, null, null, 5);
                for (AuditEntry e : page.entries()) {
                    assertThat(e.seq()).isLessThan(previous);
                    previous = e.seq();
                    seen.add(e.seq());
                }
                before = page.nextBefore();
            } while (before != null);
            assertThat(seen).hasSize((int) size);

            var settings = service.page(null, "setting", logbook.actor().staffId(), 100);
            assertThat(settings.entries()).hasSize(12).allMatch(e -> e.action().equals("setting"));
            assertThat(service.page(null, "setting", 9999L, 100).entries()).isEmpty();
            assertThat(service.actions()).contains("init", "account_add", "setting");
            assertThat(service.verify()).isEmpty();
        }
    }

    @Test
    void workersMayNotReadTheAuditLog() {
        TestLogbooks.createWithWorker(dir).close();
        try (Logbook worker = TestLogbooks.openAsWorker(dir)) {
            assertThatThrownBy(() -> worker.auditLog().page(null, null, null, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> worker.auditLog().verify()).isInstanceOf(AccessDeniedException.class);
        }
    }
}
