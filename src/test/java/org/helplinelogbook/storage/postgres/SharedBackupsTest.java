package org.helplinelogbook.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.helplinelogbook.cli.CliForTests;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookTestAccess;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.settings.BackupSettingsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared logbook's desks make no backup files (the server is backed up on the server): no false "could not be
 * made" warning, no audit entry for a backup that was never attempted, and the age of the server's backup instead.
 */
@ExtendWith(PostgresServer.class)
class SharedBackupsTest {

    @TempDir
    Path dir;

    @Test
    void signingInGivesNoFalseBackupWarningAndNoBackupAuditEntry(PostgresServer pg) {
        var shared = new SharedFixture(pg, dir, 1);
        Map<String, String> env = env(shared, new String(SharedFixture.MANAGER_PASSWORD));
        for (int i = 0; i < 3; i++) {
            var listed = CliForTests.run(env, "list", "--data", shared.deskDirs[0].toString(), "--user", "manager1");
            assertThat(listed.exitCode()).as(listed.err()).isZero();
            assertThat(listed.err()).doesNotContain("backup could not be made").doesNotContain("disk full")
                    .contains("No backup of the server has been recorded yet");
        }
        var backup = CliForTests.run(env, "backup", "--out", dir.resolve("x.hlbk").toString(), "--data",
                shared.deskDirs[0].toString(), "--user", "manager1");
        assertThat(backup.exitCode()).isEqualTo(3);
        assertThat(backup.err()).contains("makes no backup files").contains("several-desks.md");
        assertThat(Files.exists(dir.resolve("x.hlbk"))).isFalse();
        assertThat(Files.exists(shared.deskDirs[0].resolve("backups"))).isFalse();
        try (Logbook lb = shared.open(0)) {
            var entries = LogbookTestAccess.store(lb).read(r -> r.audit().all());
            assertThat(entries.stream().filter(e -> e.action().equals("backup")).count()).isZero();
            // Nor is each sign-in's time per staff member left for the server's administrator to read.
            assertThat(entries.stream().filter(e -> e.action().equals("login")).count()).isZero();
        }
    }

    @Test
    void theServerBackupIsRecordedAndItsAgeShownManagersAreRemindedWorkersNot(PostgresServer pg) {
        var shared = new SharedFixture(pg, dir, 1);
        String desk = shared.deskDirs[0].toString();
        Map<String, String> env = env(shared, new String(SharedFixture.MANAGER_PASSWORD));
        var old = CliForTests.run(env, "server-backup", "--made-at", "2026-01-02T03:04+00:00", "--data", desk,
                "--user", "manager1");
        assertThat(old.exitCode()).as(old.err()).isZero();
        assertThat(old.out()).contains("last made 2026-01-02 03:04").contains("days ago");
        assertThat(CliForTests.run(env, "list", "--data", desk, "--user", "manager1").err())
                .contains("The server's backup was last recorded").contains("days ago");

        var now = CliForTests.run(env, "server-backup", "--data", desk, "--user", "manager1");
        assertThat(now.out()).contains("(today)");
        assertThat(CliForTests.run(env, "list", "--data", desk, "--user", "manager1").err()).isEmpty();
        // An older time than the one known does not move it back.
        CliForTests.run(env, "server-backup", "--made-at", "2026-01-01T00:00+00:00", "--data", desk, "--user", "manager1");

        char[] workerPassword = "worker password 1".toCharArray();
        try (Logbook lb = shared.open(0)) {
            assertThat(lb.serverBackups().lastKnown().orElseThrow())
                    .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(10, ChronoUnit.MINUTES));
            assertThat(LogbookTestAccess.store(lb).read(r -> r.audit().all()).stream()
                    .filter(e -> e.action().equals("server_backup")).count()).isEqualTo(2);
            lb.accounts().add("worker1", Role.WORKER, workerPassword);
        }
        // The nightly script of docs/several-desks.md section 4 records its dump the same way, as postgres.
        pg.psql(shared.server.database(), "INSERT INTO setting (name, setting_value) VALUES ('server_backup_last',"
                + " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"
                + " ON CONFLICT (name) DO UPDATE SET setting_value = EXCLUDED.setting_value");
        try (Logbook lb = shared.open(0)) {
            assertThat(lb.serverBackups().overdue(Instant.now())).isFalse();
            assertThat(lb.serverBackups().lastKnown().orElseThrow())
                    .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(10, ChronoUnit.MINUTES));
        }
        pg.psql(shared.server.database(), "UPDATE setting SET setting_value = '2026-01-01T00:00:00Z'"
                + " WHERE name = 'server_backup_last'");
        try (Logbook worker = shared.open(0, "worker1", workerPassword)) {
            assertThat(worker.housekeeping().atSignIn()).isEmpty();
            assertThat(worker.housekeeping().atExit()).isNull();
        }
    }

    @Test
    void theManagersBackupSettingsShowTheServersBackupAndRecordIt(PostgresServer pg) {
        var shared = new SharedFixture(pg, dir, 1);
        try (Logbook lb = shared.open(0)) {
            var vm = new BackupSettingsViewModel(lb, new DirectTaskRunner(), java.time.Clock.systemUTC());
            assertThat(vm.isShared()).isTrue();
            vm.load();
            assertThat(vm.newestProperty().get()).contains("No backup of the server has been recorded yet");
            vm.backUpNow();
            assertThat(vm.status().problemProperty().get()).as(vm.status().textProperty().get()).isFalse();
            assertThat(vm.status().textProperty().get()).contains("the server was backed up today");
            assertThat(vm.newestProperty().get()).startsWith("Last made on").endsWith("(today)");
            assertThat(lb.serverBackups().lastKnown()).isPresent();
        }
        assertThat(Files.exists(shared.deskDirs[0].resolve("backups"))).isFalse();
    }

    private static Map<String, String> env(SharedFixture shared, String password) {
        return Map.of("LOGBOOK_PASSWORD", password, "LOGBOOK_DB_PASSWORD", new String(shared.server.desk(0).password()));
    }
}
