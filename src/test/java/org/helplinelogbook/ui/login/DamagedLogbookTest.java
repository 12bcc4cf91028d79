package org.helplinelogbook.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.helplinelogbook.ui.restore.RestoreViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged logbook: sign-in says so calmly and offers the newest backup for a restore into a new folder. */
class DamagedLogbookTest {

    @TempDir
    Path dir;

    /** A logbook with some contacts and today's backup in {@code <data>/backups}; its copy is then damaged. */
    static Path damagedCopy(Path dir) throws IOException {
        Path live = dir.resolve("live");
        try (Logbook logbook = TestLogbooks.create(live)) {
            for (int i = 0; i < 40; i++) {
                logbook.contacts().save(new ContactDraft(java.time.LocalDateTime.of(2025, 3, 4, 9, 0).plusMinutes(i),
                        120, "phone", "at_risk", java.util.List.of("indecent_images"),
                        java.util.List.of("information_given"), "internet_search", null, null));
            }
            Backups.dailyIfDue(logbook, LocalDate.now(logbook.zone())).orElseThrow();
        }
        Path damaged = dir.resolve("damaged");
        try (Stream<Path> files = Files.walk(live)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = damaged.resolve(live.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("logbook.lock")) {
                    Files.copy(p, target);
                }
            }
        }
        Path db = damaged.resolve("logbook.mv.db");
        long size = Files.size(db);
        try (var file = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] junk = new byte[(int) (size / 2)];
            new Random(7).nextBytes(junk);
            file.seek(size / 4);
            file.write(junk);
        }
        return damaged;
    }

    @Test
    void damagedLogbookOffersTheNewestBackupAndKeepsTheFiles() throws IOException {
        Path damaged = damagedCopy(dir);
        Path db = damaged.resolve("logbook.mv.db");
        byte[] before = Files.readAllBytes(db);
        var vm = new LoginViewModel(damaged, new DirectTaskRunner(), new MutableClock(Instant.now()), lb -> {
            lb.close();
            throw new AssertionError("a damaged logbook must not open");
        });
        vm.usernameProperty().set(TestLogbooks.MANAGER);

        vm.signIn(TestLogbooks.PASSWORD.toCharArray());

        assertThat(vm.damagedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("damaged").contains("The newest backup is from")
                .contains("The damaged file has been left as it is.");
        Path newest = vm.newestBackupProperty().get();
        assertThat(newest).isEqualTo(damaged.resolve("backups")
                .resolve("logbook-" + LocalDate.now(java.time.ZoneId.of("Europe/London")) + ".hlbk"));
        assertThat(vm.failures()).as("damage is not a wrong password").isZero();
        assertThat(Files.readAllBytes(db)).as("the damaged file is never changed or deleted").isEqualTo(before);

        // The offered backup restores into a new folder and opens.
        AtomicReference<Path> opened = new AtomicReference<>();
        var restore = new RestoreViewModel(new DirectTaskRunner(), opened::set);
        restore.chooseBackup(newest);
        restore.chooseFolder(dir.resolve("restored"));
        restore.usernameProperty().set(TestLogbooks.MANAGER);
        restore.restore(TestLogbooks.PASSWORD.toCharArray());
        assertThat(restore.doneProperty().get()).isTrue();
        assertThat(restore.counts()).contains("Contacts: 40");
        restore.openRestored();
        assertThat(opened.get()).isEqualTo(dir.resolve("restored").toAbsolutePath());
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void wrongPasswordIsNotDamage() {
        TestLogbooks.create(dir.resolve("ok")).close();
        var vm = new LoginViewModel(dir.resolve("ok"), new DirectTaskRunner(), new MutableClock(Instant.now()), lb -> { });
        vm.usernameProperty().set(TestLogbooks.MANAGER);
        vm.signIn("not the password".toCharArray());
        assertThat(vm.damagedProperty().get()).isFalse();
        assertThat(vm.newestBackupProperty().get()).isNull();
    }
}
