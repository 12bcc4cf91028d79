package org.helplinelogbook.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.helplinelogbook.domain.ChangeFeed;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.LogbookTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresServer.class)
class SharedLogbookTest {

    static final String CANARY = "CANARY-9f3a7c";

    @TempDir
    Path dir;

    @Test
    void staffEnrolledAtOneDeskUnlockAtAnotherAndRevokingWorksEverywhere(PostgresServer pg) {
        var shared = new SharedFixture(pg, dir, 2);
        char[] workerPassword = "worker password 1".toCharArray();
        try (Logbook a = shared.open(0)) {
            assertThat(a.isShared()).isTrue();
            a.accounts().add("worker1", Role.WORKER, workerPassword);
        }
        try (Logbook b = shared.open(1, "worker1", workerPassword)) {
            assertThat(b.actor().username()).isEqualTo("worker1");
        }
        try (Logbook a = shared.open(0)) {
            a.accounts().disable("worker1");
        }
        assertThatThrownBy(() -> shared.open(1, "worker1", workerPassword))
                .isInstanceOfSatisfying(LogbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(LogbookException.Kind.AUTHENTICATION));
        try (Logbook b = LogbookOpening.open(shared.deskDirs[1], "manager1", "wrong password 12".toCharArray(),
                shared.server.desk(1).password())) {
            throw new AssertionError("a wrong password unlocked " + b);
        } catch (LogbookException e) {
            assertThat(e.kind()).isEqualTo(LogbookException.Kind.AUTHENTICATION);
        }
        // Two desks changing accounts: the key slots on the server keep both changes.
        try (Logbook a = shared.open(0); Logbook b = shared.open(1)) {
            a.accounts().add("worker2", Role.WORKER, workerPassword);
            b.accounts().add("worker3", Role.WORKER, workerPassword);
        }
        shared.open(1, "worker2", workerPassword).close();
        shared.open(0, "worker3", workerPassword).close();
    }

    @Test
    void aWrongDatabasePasswordIsRefusedClearly(PostgresServer pg) {
        var shared = new SharedFixture(pg, dir, 1);
        assertThatThrownBy(() -> LogbookOpening.open(shared.deskDirs[0], "manager1", SharedFixture.MANAGER_PASSWORD,
                "not the db password".toCharArray()))
                .isInstanceOfSatisfying(LogbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(LogbookException.Kind.AUTHENTICATION))
                .hasMessageContaining("refused");
    }

    @Test
    void aCanaryInOneHundredNotesNeverAppearsInAPgDump(PostgresServer pg) throws Exception {
        var shared = new SharedFixture(pg, dir, 1);
        try (Logbook a = shared.open(0)) {
            for (int i = 0; i < 100; i++) {
                var d = SharedFixture.draft(i, "Caller said " + CANARY + " number " + i);
                a.contacts().save(new ContactDraft(d.startedAt(), d.durationSeconds(), d.channel(), d.callerType(),
                        d.topics(), d.outcomes(), d.source(), d.notes(), "code " + CANARY));
            }
            assertThat(a.contacts().page(org.helplinelogbook.domain.ContactFilter.ALL, null, 1).contacts().get(0).notes())
                    .contains(CANARY);
        }
        byte[] dump = pg.pgDump(shared.server.database());
        assertThat(new String(dump, StandardCharsets.UTF_8)).contains("COPY public.contact ").contains("key_slot");
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            assertThat(indexOf(dump, CANARY.getBytes(charset))).as("%s", charset).isEqualTo(-1);
        }
        assertThat(new String(dump, StandardCharsets.UTF_8)).doesNotContain(new String(SharedFixture.MANAGER_PASSWORD));
    }

    @Test
    void theSharedLogbookAppliesTheSameIdentifierPolicy(PostgresServer pg) {
        var shared = new SharedFixture(pg, dir, 1);
        try (Logbook a = shared.open(0)) {
            assertThatThrownBy(() -> a.contacts().save(SharedFixture.draft(1, "Alt number 0131 496 0000")))
                    .isInstanceOf(org.helplinelogbook.logbook.IdentifiersInNotesException.class);
            var saved = a.contacts().save(SharedFixture.draft(1, "first"));
            assertThatThrownBy(() -> a.contacts().update(saved.id(), saved.version(), SharedFixture.draft(1, "Alt number 0131 496 0000")))
                    .isInstanceOf(org.helplinelogbook.logbook.IdentifiersInNotesException.class);
            var kept = java.util.Set.of(new org.helplinelogbook.logbook.NotesPolicy.Kept(
                    org.helplinelogbook.privacy.IdentifierKind.PHONE, "0131 496 0000", "agency line"));
            a.contacts().update(saved.id(), saved.version(), SharedFixture.draft(1, "Alt number 0131 496 0000"),
                    org.helplinelogbook.logbook.NotesPolicy.Choices.keeping(kept));
            var audit = LogbookTestAccess.store(a).read(r -> r.audit().all());
            assertThat(audit.get(audit.size() - 1).action()).isEqualTo("pii_kept");
            assertThat(audit.get(audit.size() - 1).counts()).isEqualTo("kind=PHONE,count=1");
            assertThat(a.verification().verifyAudit()).isEmpty();
        }
    }

    @Test
    void aStaleSaveFromAnotherDeskIsRefused(PostgresServer pg) {
        var shared = new SharedFixture(pg, dir, 2);
        try (Logbook a = shared.open(0); Logbook b = shared.open(1)) {
            var saved = a.contacts().save(SharedFixture.draft(1, "first"));
            var seenByB = b.contacts().find(saved.id()).orElseThrow();
            a.contacts().update(saved.id(), saved.version(), SharedFixture.draft(1, "edited at A"));
            assertThatThrownBy(() -> b.contacts().update(seenByB.id(), seenByB.version(), SharedFixture.draft(1, "edited at B")))
                    .isInstanceOfSatisfying(LogbookException.class,
                            e -> assertThat(e.kind()).isEqualTo(LogbookException.Kind.CONFLICT));
            assertThat(b.contacts().find(saved.id()).orElseThrow().notes()).isEqualTo("edited at A");
            assertThat(a.verification().verifyAudit()).isEmpty();
            assertThat(b.verification().verifyAudit()).isEmpty();
        }
    }

    @Test
    void threeDesksStartingAPurgeAtOnceRunItExactlyOnce(PostgresServer pg) throws Exception {
        var shared = new SharedFixture(pg, dir, 3);
        List<Logbook> desks = List.of(shared.open(0), shared.open(1), shared.open(2));
        var ran = new CopyOnWriteArrayList<Integer>();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int desk = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return LogbookTestAccess.runOncePer(desks.get(desk), "purge-notes", "2026-11", r -> {
                        ran.add(desk);
                        sleep(300); // long enough that all three are waiting meanwhile
                    });
                }));
            }
            start.countDown();
            long winners = 0;
            for (var f : results) {
                winners += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(ran).hasSize(1);
            assertThat(LogbookTestAccess.runOncePer(desks.get(0), "purge-notes", "2026-12", r -> ran.add(0))).isTrue();
            assertThat(desks.get(0).verification().verifyAudit()).isEmpty();
        } finally {
            pool.shutdown();
            desks.forEach(Logbook::close);
        }
    }

    @Test
    void aContactSavedAtOneDeskReachesAnotherWithinTwoSecondsAlsoAfterItsConnectionWasCut(PostgresServer pg)
            throws Exception {
        var shared = new SharedFixture(pg, dir, 2);
        try (Logbook a = shared.open(0); Logbook b = shared.open(1)) {
            var seen = new java.util.concurrent.LinkedBlockingQueue<ChangeFeed.Change>();
            long from = b.changes().lastSeq();
            try (var subscription = b.changes().subscribe(from, seen::addAll)) {
                UUID first = a.contacts().save(SharedFixture.draft(1, "one")).id();
                assertThat(poll(seen, first)).as("seen within 2 s").isTrue();

                String deskRole = shared.server.desk(1).profile().user();
                pg.psql(shared.server.database(), "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE usename = '" + deskRole + "'");
                UUID second = a.contacts().save(SharedFixture.draft(2, "two")).id();
                assertThat(poll(seen, second)).as("seen within 2 s after the cut").isTrue();

                // While B does not listen at all, A saves; B catches up by sequence with no gap.
                subscription.close();
                UUID third = a.contacts().save(SharedFixture.draft(3, "three")).id();
                var catchUp = b.changes().since(from);
                assertThat(catchUp).extracting(ChangeFeed.Change::contactId).containsSubsequence(first, second, third);
                for (int i = 1; i < catchUp.size(); i++) {
                    assertThat(catchUp.get(i).seq()).isGreaterThan(catchUp.get(i - 1).seq());
                }
            }
        }
    }

    private static boolean poll(java.util.concurrent.BlockingQueue<ChangeFeed.Change> seen, UUID id)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            var c = seen.poll(50, TimeUnit.MILLISECONDS);
            if (c != null && c.contactId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
