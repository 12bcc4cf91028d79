package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a sign-in writes, now in one transaction (the past days' author keys destroyed, and its own audit entry):
 * both still happen, for a password and for the recovery key, and a wrong password writes neither.
 */
class SignInWritesTest {

    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final char[] MANAGER_PW = "manager password 1".toCharArray();
    static final char[] WORKER_PW = "worker password 1".toCharArray();

    @TempDir
    Path dir;
    String recoveryKey;

    @BeforeEach
    void aWorkersNoteOfYesterday() {
        var created = LogbookSetup.create(dir, "manager1", MANAGER_PW, ZONE);
        recoveryKey = created.recoveryKey();
        try (Logbook manager = created.logbook()) {
            manager.accounts().add("worker1", Role.WORKER, WORKER_PW);
        }
        try (Logbook worker = LogbookOpening.open(dir, "worker1", WORKER_PW)) {
            worker.contacts().save(new ContactDraft(LocalDateTime.now(ZONE).withNano(0), 300, "phone", "at_risk",
                    List.of("sexual_thoughts"), List.of("concerns_clarified"), "police", "a note", null));
            // As if it had been written yesterday: its author day key is one the next sign-in must destroy.
            worker.database().jdbi().useHandle(h -> h.execute("UPDATE author_key SET key_day = key_day - 1"));
            assertThat(liveAuthorKeys(worker)).isEqualTo(1);
        }
    }

    static long liveAuthorKeys(Logbook logbook) {
        return logbook.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM author_key WHERE wrapped_key IS NOT NULL").mapTo(Long.class).one());
    }

    static AuditEntry lastEntry(Logbook logbook) {
        List<AuditEntry> all = logbook.store().read(r -> r.audit().all());
        return all.get(all.size() - 1);
    }

    @Test
    void aSignInDestroysPastDayKeysAndRecordsItsLogin() {
        try (Logbook manager = LogbookOpening.open(dir, "manager1", MANAGER_PW)) {
            assertThat(liveAuthorKeys(manager)).isZero();
            assertThat(lastEntry(manager).action()).isEqualTo(AuditActions.LOGIN);
            assertThat(manager.verification().verifyAudit()).isEmpty();
        }
    }

    @Test
    void aRecoveryKeySignInDoesBothToo() {
        try (Logbook manager = LogbookOpening.openWithRecoveryKey(dir, recoveryKey)) {
            assertThat(liveAuthorKeys(manager)).isZero();
            assertThat(lastEntry(manager).action()).isEqualTo(AuditActions.LOGIN_RECOVERY);
        }
    }

    @Test
    void aWrongPasswordWritesNeither() {
        assertThatThrownBy(() -> LogbookOpening.open(dir, "manager1", "not the password".toCharArray()))
                .isInstanceOf(LogbookException.class);
        try (Logbook worker = LogbookOpening.open(dir, "worker1", WORKER_PW)) {
            // the worker's own sign-in destroyed it now, and the entry before theirs is the earlier save's
            List<AuditEntry> all = worker.store().read(r -> r.audit().all());
            assertThat(all.get(all.size() - 1).action()).isEqualTo(AuditActions.LOGIN);
            assertThat(all.stream().filter(e -> e.action().equals(AuditActions.LOGIN)).count()).isEqualTo(2);
        }
    }
}
