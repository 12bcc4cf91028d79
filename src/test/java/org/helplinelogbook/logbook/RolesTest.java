package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.helplinelogbook.domain.AccessDeniedException;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Role rules are enforced by the services themselves, whichever front end calls them. */
class RolesTest {

    @TempDir
    Path dir;

    java.util.UUID managersContact;

    @BeforeEach
    void setUp() {
        try (Logbook manager = LogbookSetup.create(dir, "manager1", "manager password 1".toCharArray(),
                ZoneId.of("Europe/London")).logbook()) {
            manager.accounts().add("worker1", Role.WORKER, "worker password 1".toCharArray());
            managersContact = manager.contacts().save(draft("manager's private note")).id();
        }
    }

    static ContactDraft draft(String notes) {
        return new ContactDraft(LocalDateTime.now(ZoneId.of("Europe/London")).withNano(0), 300, "phone", "at_risk",
                List.of("sexual_thoughts"), List.of("concerns_clarified"), "police", notes, null);
    }

    Logbook worker() {
        return LogbookOpening.open(dir, "worker1", "worker password 1".toCharArray());
    }

    @Test
    void workersCannotManageAccountsOrSettings() {
        try (Logbook worker = worker()) {
            assertThatThrownBy(() -> worker.accounts().add("worker2", Role.WORKER, "another password".toCharArray()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> worker.accounts().list()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> worker.accounts().reset("manager1")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> worker.settings().change(LogbookSettings.AUTO_LOCK_MINUTES, "15"))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void workersSeeOnlyTheirOwnNotesAndCannotDelete() {
        try (Logbook worker = worker()) {
            var own = worker.contacts().save(draft("worker's note"));
            var page = worker.contacts().page(ContactFilter.ALL, null, 10).contacts();
            assertThat(page).hasSize(2);
            assertThat(page).filteredOn(c -> c.id().equals(own.id())).singleElement()
                    .satisfies(c -> assertThat(c.notes()).isEqualTo("worker's note"));
            assertThat(page).filteredOn(c -> c.id().equals(managersContact)).singleElement()
                    .satisfies(c -> assertThat(c.notes()).isNull());
            assertThatThrownBy(() -> worker.contacts().delete(own.id(), own.version()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> worker.contacts().update(managersContact, 1, draft("changed")))
                    .isInstanceOf(LogbookException.class).hasMessageContaining("own contacts");
            var edited = worker.contacts().update(own.id(), own.version(), draft("worker's corrected note"));
            assertThat(edited.version()).isEqualTo(own.version() + 1);
        }
    }

    @Test
    void aStaleEditIsRefusedAndNothingIsOverwritten() {
        try (Logbook manager = LogbookOpening.open(dir, "manager1", "manager password 1".toCharArray())) {
            var first = manager.contacts().update(managersContact, 1, draft("first edit"));
            assertThat(first.version()).isEqualTo(2);
            assertThatThrownBy(() -> manager.contacts().update(managersContact, 1, draft("stale edit")))
                    .isInstanceOf(LogbookException.class)
                    .satisfies(e -> assertThat(((LogbookException) e).kind()).isEqualTo(LogbookException.Kind.CONFLICT));
            assertThat(manager.contacts().find(managersContact).orElseThrow().notes()).isEqualTo("first edit");
            assertThat(manager.verification().verifyAudit()).isEmpty();
        }
    }

    @Test
    void theAuditTrailNamesFieldsButNeverValues() {
        try (Logbook manager = LogbookOpening.open(dir, "manager1", "manager password 1".toCharArray())) {
            manager.contacts().update(managersContact, 1, draft("secret words here"));
            var entries = manager.store().read(r -> r.audit().all());
            assertThat(entries).extracting(e -> e.action()).contains("init", "account_add", "create", "edit", "login");
            assertThat(entries.toString()).doesNotContain("secret", "private", "worker password");
        }
    }
}
