package org.helplinelogbook.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in chores reach the banner; closing or locking makes the backup before the logbook closes. */
class HousekeepingHooksTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.now());

    private static Path todays(Path folder) {
        return folder.resolve("logbook-" + LocalDate.now(ZoneId.of("Europe/London")) + ".hlbk");
    }

    @Test
    void signInMakesTheDailyBackupWithoutWarnings() {
        try (Logbook logbook = TestLogbooks.create(dir.resolve("data"))) {
            var vm = new MainViewModel(logbook, new DirectTaskRunner(), clock);
            vm.runHousekeeping();
            assertThat(vm.warnings()).isEmpty();
            assertThat(todays(dir.resolve("data").resolve("backups"))).isRegularFile();
        }
    }

    @Test
    void aFailedDailyBackupBecomesADismissibleBannerWarning() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("usb-stick"), "not a folder");
        try (Logbook logbook = TestLogbooks.create(dir.resolve("data"))) {
            logbook.settings().change(LogbookSettings.BACKUP_FOLDER, notAFolder.toString());
            var vm = new MainViewModel(logbook, new DirectTaskRunner(), clock);

            vm.runHousekeeping();

            assertThat(vm.warnings()).singleElement().asString()
                    .startsWith("Today's automatic backup could not be made (The backup could not be written to "
                            + notAFolder)
                    .contains("The logbook itself is unchanged.");
            assertThat(logbook.isClosed()).as("a warning never stops the work").isFalse();
            vm.dismissWarnings();
            assertThat(vm.warnings()).isEmpty();
        }
    }

    @Test
    void lockingSavesTheDraftThenBacksUpThenCloses() {
        Logbook logbook = TestLogbooks.create(dir.resolve("data"));
        var vm = new MainViewModel(logbook, new DirectTaskRunner(), clock);
        AtomicReference<List<String>> problems = new AtomicReference<>();

        vm.lock(Optional.of("notes=draft\n"), problems::set);

        assertThat(problems.get()).as("closed, nothing to report").isEmpty();
        assertThat(logbook.isClosed()).isTrue();
        assertThat(todays(dir.resolve("data").resolve("backups"))).isRegularFile();
        try (Logbook again = LogbookOpening.open(dir.resolve("data"), TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray())) {
            assertThat(TestLogbooks.auditActions(again)).contains("backup");
            assertThat(again.contacts().loadDraft()).contains("notes=draft\n");
        }
    }

    @Test
    void aFailedExitBackupStillClosesTheLogbook() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("usb-stick"), "not a folder");
        Logbook logbook = TestLogbooks.create(dir.resolve("data"));
        logbook.settings().change(LogbookSettings.BACKUP_FOLDER, notAFolder.toString());
        var vm = new MainViewModel(logbook, new DirectTaskRunner(), clock);
        AtomicReference<List<String>> problems = new AtomicReference<>();
        vm.lock(Optional.empty(), problems::set);
        assertThat(problems.get()).as("the lock screen is told").singleElement().asString()
                .contains("Today's backup could not be refreshed").contains("The logbook itself is unchanged");
        assertThat(logbook.isClosed()).isTrue();
    }
}
