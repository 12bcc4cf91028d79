package org.helplinelogbook.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A desk stalled in the middle of a save (by a row lock taken from outside, as a slow or stuck transaction would)
 * holds the audit-chain lock that every save needs. Killed, or merely stuck, it must not hold the other desks up:
 * the server's bounded waits free its locks within seconds (PostgresConnections, docs/threat-model-server.md).
 *
 * <p>These are liveness properties, so the bound asserted is generous: without the bounded waits the other desks'
 * saves would wait for as long as the outside lock is held, which here is until the test ends.
 */
@ExtendWith(PostgresServer.class)
class StalledDeskTest {

    /** Far above the few seconds a desk waits in practice (docs/benchmarks.md), far below "forever". */
    static final long GENEROUS_SECONDS = 20;

    @TempDir
    Path dir;

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aDeskKilledWhileItsSaveIsBlockedDoesNotStallTheOthers(PostgresServer pg) throws Exception {
        var shared = new SharedFixture(pg, dir, 3);
        try (Logbook b = shared.open(1); Logbook c = shared.open(2)) {
            b.contacts().save(SharedFixture.draft(0, "day one exists")); // the 1 October tally rows now exist
            try (Connection outside = admin(pg, shared)) {
                holdTallyRowsOfTheFirst(outside);
                Process a = Desks.start(dir, shared.server.desk(0).password(), "one", shared.deskDirs[0].toString(), "28");
                var out = new BufferedReader(new InputStreamReader(a.getInputStream(), StandardCharsets.UTF_8));
                assertThat(out.readLine()).isEqualTo("READY");
                waitUntilADeskWaitsForALock(pg, shared);

                a.destroyForcibly(); // SIGKILL while its save waits, holding the audit-chain lock
                assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
                long killed = System.nanoTime();

                List<Future<Contact>> saves = new ArrayList<>();
                for (int i = 1; i <= 4; i++) {
                    int n = i;
                    Logbook desk = i % 2 == 0 ? b : c;
                    saves.add(pool.submit(() -> desk.contacts().save(SharedFixture.draft(n, "after the kill " + n))));
                }
                for (Future<Contact> save : saves) {
                    assertThat(save.get(GENEROUS_SECONDS, TimeUnit.SECONDS).id()).isNotNull();
                }
                double seconds = (System.nanoTime() - killed) / 1e9;
                System.out.printf("StalledDeskTest: the other desks' saves finished %.1f s after the kill%n", seconds);
                assertThat(stillHolding(outside)).as("the outside lock was still held throughout").isTrue();
                outside.rollback();
            }
            assertThat(b.contacts().page(ContactFilter.ALL, null, 100).contacts())
                    .as("the killed desk's save was never acknowledged and is not there")
                    .noneMatch(x -> "stalled 28".equals(x.notes()))
                    .hasSize(5);
            assertThat(b.verification().verifyAudit()).isEmpty();
            assertThat(b.verification().summaryCountsHold()).isTrue();
        }
    }

    @Test
    void aStuckSaveGivesUpWithACalmMessageAndTheOthersGoOn(PostgresServer pg) throws Exception {
        var shared = new SharedFixture(pg, dir, 3);
        try (Logbook a = shared.open(0); Logbook b = shared.open(1)) {
            b.contacts().save(SharedFixture.draft(0, "day one exists"));
            try (Connection outside = admin(pg, shared)) {
                holdTallyRowsOfTheFirst(outside);
                Future<Contact> stuck = pool.submit(() -> a.contacts().save(SharedFixture.draft(28, "stuck 28")));
                waitUntilADeskWaitsForALock(pg, shared);
                Contact other = pool.submit(() -> b.contacts().save(SharedFixture.draft(1, "meanwhile")))
                        .get(GENEROUS_SECONDS, TimeUnit.SECONDS);
                assertThat(other.notes()).isEqualTo("meanwhile");
                assertThatThrownBy(() -> stuck.get(GENEROUS_SECONDS * 3, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(LogbookException.class)
                        .cause().hasMessageContaining("Nothing was saved").hasMessageNotContaining("stuck");
                assertThat(stillHolding(outside)).isTrue();
                outside.rollback();
            }
            // Once the lock is gone the same desk saves as usual.
            assertThat(a.contacts().save(SharedFixture.draft(28, "stuck 28")).notes()).isEqualTo("stuck 28");
            assertThat(a.verification().verifyAudit()).isEmpty();
        }
    }

    @Test
    void aWorkersSaveThatTimesOutKeepsTheFormAsTyped(PostgresServer pg) throws Exception {
        var shared = new SharedFixture(pg, dir, 1);
        var clock = java.time.Clock.fixed(java.time.Instant.parse("2026-10-01T10:15:00Z"), java.time.ZoneOffset.UTC);
        try (Logbook a = shared.open(0)) {
            var form = new org.helplinelogbook.ui.contactform.ContactFormViewModel(a, a.taxonomy(),
                    new org.helplinelogbook.ui.common.DirectTaskRunner(), clock);
            form.callerTypeProperty().set("at_risk");
            form.sourceProperty().set("not_asked");
            form.save(); // 1 October's daily counts now exist
            assertThat(form.status().problemProperty().get()).as(form.status().textProperty().get()).isFalse();
            try (Connection outside = admin(pg, shared)) {
                holdTallyRowsOfTheFirst(outside);
                form.callerTypeProperty().set("at_risk");
                form.sourceProperty().set("not_asked");
                form.notesProperty().set("the worker's own words");
                form.save(); // waits for the lock, tries again, then gives up
                assertThat(form.status().problemProperty().get()).isTrue();
                assertThat(form.status().textProperty().get()).contains("Nothing was saved");
                assertThat(form.notesProperty().get()).isEqualTo("the worker's own words");
                assertThat(form.callerTypeProperty().get()).isEqualTo("at_risk");
                outside.rollback();
            }
            form.save();
            assertThat(form.status().problemProperty().get()).as(form.status().textProperty().get()).isFalse();
            assertThat(form.notesProperty().get()).isEmpty();
        }
    }

    private static Connection admin(PostgresServer pg, SharedFixture shared) throws SQLException {
        var ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://localhost:" + pg.port() + "/" + shared.server.database());
        ds.setUser("postgres");
        ds.setPassword(new String(pg.adminPassword()));
        ds.setSslMode("verify-full");
        ds.setSslRootCert(pg.caCertificate().toString());
        Connection c = ds.getConnection();
        c.setAutoCommit(false);
        return c;
    }

    /** As a long report or a stuck session would: row locks on 1 October's daily counts, held until rollback. */
    private static void holdTallyRowsOfTheFirst(Connection outside) throws SQLException {
        try (var st = outside.createStatement(); var rs = st.executeQuery(
                "SELECT contacts FROM contact_tally WHERE local_date = DATE '2026-10-01' FOR UPDATE")) {
            assertThat(rs.next()).isTrue();
        }
    }

    private static boolean stillHolding(Connection outside) throws SQLException {
        try (var st = outside.createStatement(); var rs = st.executeQuery(
                "SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid() AND granted")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static void waitUntilADeskWaitsForALock(PostgresServer pg, SharedFixture shared) throws Exception {
        for (int i = 0; i < 600; i++) {
            String waiting = pg.psql(shared.server.database(), "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE application_name = 'helpline-logbook' AND wait_event_type = 'Lock'").trim();
            if (!waiting.equals("0")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no desk ever waited for the outside lock");
    }
}
