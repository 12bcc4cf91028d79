package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path tmp;

    private Path live() {
        return tmp.resolve("live");
    }

    /** A logbook with 200 contacts, backed up to {@code backup.hlbk}; returns the row counts at backup time. */
    private LogbookSetup.Created logbookWithContacts() {
        var created = SafetyLogbooks.create(live());
        created.logbook().contacts().saveAll(SafetyLogbooks.drafts(LocalDateTime.now().minusDays(3), 200, "Plan agreed"), "import");
        return created;
    }

    @Test
    void backupRestoresWithPasswordAndRecoveryKeyAndCountsMatch() {
        var created = logbookWithContacts();
        Path backup = tmp.resolve("backup.hlbk");
        SortedMap<String, Long> before;
        try (Logbook logbook = created.logbook()) {
            logbook.backups().create(backup);
            before = logbook.verification().readEveryRow();
        }
        List<Double> progress = new ArrayList<>();
        var restored = Backups.restore(backup, tmp.resolve("a"), SafetyLogbooks.MANAGER,
                SafetyLogbooks.PASSWORD.toCharArray(), progress::add);
        assertThat(progress).isSorted().startsWith(0.0).endsWith(1.0);
        assertThat(restored.rowCounts().get("contact")).isEqualTo(200L);
        SortedMap<String, Long> without = new java.util.TreeMap<>(restored.rowCounts());
        SortedMap<String, Long> expected = new java.util.TreeMap<>(before);
        without.remove("audit_entry");
        expected.remove("audit_entry");
        assertThat(without).isEqualTo(expected);

        var byKey = Backups.restoreWithRecoveryKey(backup, tmp.resolve("b"), created.recoveryKey(), p -> { });
        assertThat(byKey.rowCounts().get("contact")).isEqualTo(200L);
        try (Logbook reopened = SafetyLogbooks.open(tmp.resolve("b"), SafetyLogbooks.MANAGER)) {
            var page = reopened.contacts().page(ContactFilter.ALL, null, 5).contacts();
            assertThat(page).allSatisfy(c -> assertThat(c.notes()).startsWith("Plan agreed"));
            assertThat(reopened.verification().verifyAudit()).isEmpty();
            var actions = reopened.store().read(r -> r.audit().all()).stream().map(e -> e.action()).toList();
            assertThat(actions).contains("backup", "restore");
        }
    }

    @Test
    void opensWithAPasswordValidWhenTheBackupWasMade() {
        var created = logbookWithContacts();
        Path backup = tmp.resolve("backup.hlbk");
        try (Logbook logbook = created.logbook()) {
            logbook.backups().create(backup);
            logbook.accounts().changeOwnPassword("a completely new password".toCharArray());
        }
        var restored = Backups.restore(backup, tmp.resolve("r"), SafetyLogbooks.MANAGER,
                SafetyLogbooks.PASSWORD.toCharArray(), p -> { });
        assertThat(restored.rowCounts().get("contact")).isEqualTo(200L);
    }

    @Test
    void refusesAFolderThatHoldsALogbookAndChangesNothing() throws IOException {
        var created = logbookWithContacts();
        Path backup = tmp.resolve("backup.hlbk");
        try (Logbook logbook = created.logbook()) {
            logbook.backups().create(backup);
        }
        byte[] db = Files.readAllBytes(Database.h2File(live()));
        assertThatThrownBy(() -> Backups.restore(backup, live(), SafetyLogbooks.MANAGER,
                SafetyLogbooks.PASSWORD.toCharArray(), p -> { }))
                .isInstanceOfSatisfying(LogbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(LogbookException.Kind.ALREADY_EXISTS));
        assertThat(Files.readAllBytes(Database.h2File(live()))).isEqualTo(db);
    }

    @Test
    void damagedBackupIsDetectedBeforeAnythingIsWritten() throws IOException {
        var created = logbookWithContacts();
        Path backup = tmp.resolve("backup.hlbk");
        try (Logbook logbook = created.logbook()) {
            logbook.backups().create(backup);
        }
        try (var file = new RandomAccessFile(backup.toFile(), "rw")) {
            long at = file.length() / 2;
            file.seek(at);
            int b = file.read();
            file.seek(at);
            file.write(b ^ 0x01);
        }
        Path target = tmp.resolve("r");
        assertThatThrownBy(() -> Backups.restore(backup, target, SafetyLogbooks.MANAGER,
                SafetyLogbooks.PASSWORD.toCharArray(), p -> { }))
                .isInstanceOfSatisfying(LogbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(LogbookException.Kind.DAMAGED))
                .hasMessageContaining("damaged or altered");
        assertThat(DataFolder.holdsLogbook(target)).isFalse();

        Files.write(tmp.resolve("short.hlbk"), java.util.Arrays.copyOf(Files.readAllBytes(backup), 1000));
        assertThatThrownBy(() -> Backups.restore(tmp.resolve("short.hlbk"), target, SafetyLogbooks.MANAGER,
                SafetyLogbooks.PASSWORD.toCharArray(), p -> { })).hasMessageContaining("incomplete");
    }

    @Test
    void wrongPasswordRestoresNothing() {
        var created = logbookWithContacts();
        Path backup = tmp.resolve("backup.hlbk");
        try (Logbook logbook = created.logbook()) {
            logbook.backups().create(backup);
        }
        Path target = tmp.resolve("r");
        assertThatThrownBy(() -> Backups.restore(backup, target, SafetyLogbooks.MANAGER,
                "not the password at all".toCharArray(), p -> { }))
                .isInstanceOfSatisfying(LogbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(LogbookException.Kind.AUTHENTICATION));
        assertThat(DataFolder.holdsLogbook(target)).isFalse();
    }

    @Test
    void workersCannotBackUpToAChosenFile() {
        logbookWithContacts().logbook().close();
        try (Logbook worker = SafetyLogbooks.open(live(), SafetyLogbooks.WORKER)) {
            assertThatThrownBy(() -> worker.backups().create(tmp.resolve("w.hlbk")))
                    .isInstanceOf(org.helplinelogbook.domain.AccessDeniedException.class);
            assertThat(worker.backups().dailyIfDue(LocalDate.now())).isPresent();
        }
    }

    @Test
    void dailyBackupOncePerDayAndOnExitReplacesIt() throws IOException {
        try (Logbook logbook = logbookWithContacts().logbook()) {
            LocalDate today = LocalDate.now(logbook.zone());
            Path daily = logbook.backups().dailyIfDue(today).orElseThrow();
            assertThat(daily).isEqualTo(live().resolve("backups").resolve("logbook-" + today + ".hlbk"));
            assertThat(logbook.backups().dailyIfDue(today)).isEmpty();
            var first = Backups.newest(daily.getParent()).orElseThrow();
            assertThat(logbook.backups().onExit()).isEqualTo(daily);
            assertThat(Backups.newest(daily.getParent()).orElseThrow().created()).isAfterOrEqualTo(first.created());
            try (var files = Files.list(daily.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly(daily.getFileName().toString());
            }
        }
    }

    @Test
    void rotationKeeps14DailyAnd8Weekly() {
        LocalDate today = LocalDate.of(2026, 11, 22); // a Sunday
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            days.add(today.minusDays(i));
        }
        days.add(today.plusDays(1)); // a wrong clock: kept
        Set<LocalDate> keep = Backups.keep(days, today);
        assertThat(keep).contains(today.plusDays(1));
        for (int i = 0; i < 14; i++) {
            assertThat(keep).contains(today.minusDays(i));
        }
        // Weekly: the Sunday of each of the 8 newest weeks (two of them already among the 14 dailies).
        for (int w = 0; w < 8; w++) {
            assertThat(keep).contains(today.minusWeeks(w));
        }
        assertThat(keep).hasSize(1 + 14 + 6);
        assertThat(keep).doesNotContain(today.minusWeeks(8), today.minusDays(15));
        // A helpline closed for months still keeps its last backups.
        assertThat(Backups.keep(List.of(LocalDate.of(2025, 1, 1)), today)).containsExactly(LocalDate.of(2025, 1, 1));
    }

    @Test
    void rotateDeletesOnlyOldAutomaticBackups() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("backups"));
        LocalDate today = LocalDate.of(2026, 11, 22);
        for (int i = 0; i < 40; i++) {
            Files.writeString(folder.resolve(Backups.autoName(today.minusDays(i))), "x");
        }
        Files.writeString(folder.resolve("before-upgrade.hlbk"), "manual");
        List<Path> deleted = Backups.rotate(folder, today);
        assertThat(deleted).hasSize(40 - 14 - 4);
        assertThat(folder.resolve("before-upgrade.hlbk")).exists();
        assertThat(folder.resolve(Backups.autoName(today.minusDays(13)))).exists();
        assertThat(folder.resolve(Backups.autoName(today.minusDays(15)))).doesNotExist();
    }

    @Test
    void damagedDatabaseMessageNamesTheNewestBackupAndKeepsTheFile() throws IOException {
        try (Logbook logbook = logbookWithContacts().logbook()) {
            logbook.backups().dailyIfDue(LocalDate.now(logbook.zone()));
        }
        Path db = Database.h2File(live());
        long size = Files.size(db);
        try (var file = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[(int) Math.min(size, 64 * 1024)];
            new java.util.Random(1).nextBytes(junk);
            file.seek(0);
            file.write(junk);
        }
        assertThatThrownBy(() -> SafetyLogbooks.open(live(), SafetyLogbooks.MANAGER))
                .isInstanceOfSatisfying(LogbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(LogbookException.Kind.DAMAGED))
                .hasMessageContaining("damaged")
                .hasMessageContaining("The newest backup is from")
                .hasMessageMatching("(?s).*from \\d{1,2} [A-Z][a-z]{2,3} \\d{4} at \\d\\d:\\d\\d .*") // en-GB, not 2026-12-03
                .hasMessageContaining("backups/logbook-" + LocalDate.now(SafetyLogbooks.ZONE) + ".hlbk")
                .hasMessageContaining("restore");
        assertThat(Files.size(db)).isEqualTo(size);
    }
}
