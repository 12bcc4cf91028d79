package org.helplinelogbook.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.DamagedLogbooks;
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

    @Test
    void damagedLogbookOffersTheNewestBackupAndKeepsTheFiles() throws IOException {
        Path damaged = DamagedLogbooks.damagedCopy(dir);
        Path db = damaged.resolve("logbook.mv.db");
        byte[] before = Files.readAllBytes(db);
        var vm = new LoginViewModel(damaged, new DirectTaskRunner(), new MutableClock(Instant.now()), lb -> {
            lb.close();
            throw new AssertionError("a damaged logbook must not open");
        });
        vm.usernameProperty().set(TestLogbooks.MANAGER);

        vm.signIn(TestLogbooks.PASSWORD.toCharArray());

        assertThat(vm.damagedProperty().get()).isTrue();
        assertThat(vm.status().messageProperty().get()).contains("damaged").contains("The newest backup is from")
                .contains("Use the button below to restore it into a new folder.")
                .contains("The damaged file has been left as it is.")
                .doesNotContain("helpline-logbook restore");
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
        assertThat(restore.counts()).contains("Contacts: 40, all on 4 Mar 2025");
        restore.openRestored();
        assertThat(opened.get()).isEqualTo(dir.resolve("restored").toAbsolutePath());
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    /**
     * Issue 14: a logbook file cut short (here to nothing, then to half) was rewritten by H2 into a fresh empty
     * database and the window said the password was wrong. Now it says the file is damaged, offers the newest
     * backup and leaves the file exactly as it was.
     */
    @Test
    void aCutShortFileIsDamagedNotAWrongPasswordAndIsLeftAsItIs() throws IOException {
        Path live = dir.resolve("cut");
        try (Logbook logbook = TestLogbooks.create(live)) {
            org.helplinelogbook.logbook.Backups.dailyIfDue(logbook, LocalDate.now(logbook.zone())).orElseThrow();
        }
        Path db = live.resolve("logbook.mv.db");
        byte[] whole = Files.readAllBytes(db);
        for (int length : new int[] {0, whole.length / 2}) {
            Files.write(db, java.util.Arrays.copyOf(whole, length));
            var vm = new LoginViewModel(live, new DirectTaskRunner(), new MutableClock(Instant.now()), lb -> {
                lb.close();
                throw new AssertionError("a cut-short logbook must not open");
            });
            vm.usernameProperty().set(TestLogbooks.MANAGER);

            vm.signIn(TestLogbooks.PASSWORD.toCharArray());

            assertThat(vm.damagedProperty().get()).as(length + " bytes").isTrue();
            assertThat(vm.status().messageProperty().get()).startsWith("The logbook file is damaged")
                    .contains("The newest backup is from").doesNotContain("password");
            assertThat(vm.newestBackupProperty().get()).isNotNull();
            assertThat(vm.failures()).isZero();
            assertThat(Files.readAllBytes(db)).isEqualTo(java.util.Arrays.copyOf(whole, length));
        }
    }

    @Test
    void withoutABackupTheMessageStillPointsToTheButton() {
        String cli = "The logbook file is damaged and cannot be opened. No backup was found in /x/backups; if you keep"
                + " backups elsewhere, restore the newest into a new folder with: helpline-logbook restore FILE"
                + " --data NEW_FOLDER --user NAME. The damaged file has been left as it is.";
        assertThat(LoginViewModel.forTheWindow(cli)).isEqualTo("The logbook file is damaged and cannot be opened."
                + " No backup was found in /x/backups. If you keep backups elsewhere, use the button below to restore"
                + " the newest into a new folder. The damaged file has been left as it is.");
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
