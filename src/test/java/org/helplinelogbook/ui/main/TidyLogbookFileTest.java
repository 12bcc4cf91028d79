package org.helplinelogbook.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → "Tidy the file and sign out": draft and backup first, then the file rewritten, nothing lost. */
class TidyLogbookFileTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.now());

    private static void saveSingly(Logbook logbook, int n) {
        for (int i = 0; i < n; i++) { // single saves, as at a desk: each leaves copied pages behind in the file
            logbook.contacts().save(new ContactDraft(LocalDateTime.now().minusMinutes(i), 300, "phone", "at_risk",
                    List.of("indecent_images"), List.of("information_given"), "internet_search", null, null));
        }
    }

    @Test
    void keepsTheDraftBacksUpThenShrinksTheFileAndLosesNothing() throws Exception {
        Path data = dir.resolve("data");
        Logbook logbook = TestLogbooks.create(data);
        saveSingly(logbook, 300);
        long before = DataFolder.logbookFileSize(data);
        var vm = new MainViewModel(logbook, new DirectTaskRunner(), clock);
        var outcome = new AtomicReference<MainViewModel.TidyOutcome>();

        vm.tidyThenClose(Optional.of("notes=half-typed\n"), outcome::set);

        assertThat(outcome.get().tidied()).isTrue();
        assertThat(outcome.get().message()).startsWith("The logbook file was tidied:").contains("before").contains("now");
        assertThat(logbook.isClosed()).isTrue();
        assertThat(DataFolder.logbookFileSize(data)).isLessThan(before / 2);
        try (Logbook again = LogbookOpening.open(data, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray())) {
            assertThat(again.contacts().count(ContactFilter.ALL)).isEqualTo(300);
            assertThat(again.contacts().loadDraft()).contains("notes=half-typed\n");
            assertThat(TestLogbooks.auditActions(again)).contains("backup", "compact");
        }
        try (var backups = Files.list(data.resolve("backups"))) {
            assertThat(backups.filter(p -> p.getFileName().toString().endsWith(".hlbk"))).isNotEmpty();
        }
    }

    @Test
    void withoutAFreshBackupTheFileIsLeftAsItIs() throws Exception {
        Path data = dir.resolve("data");
        Logbook logbook = TestLogbooks.create(data);
        saveSingly(logbook, 20);
        logbook.settings().change(LogbookSettings.BACKUP_FOLDER, Files.writeString(dir.resolve("stick"), "a file").toString());
        var vm = new MainViewModel(logbook, new DirectTaskRunner(), clock);
        var outcome = new AtomicReference<MainViewModel.TidyOutcome>();

        vm.tidyThenClose(Optional.empty(), outcome::set);

        assertThat(outcome.get().tidied()).isFalse();
        assertThat(outcome.get().message()).contains("Today's backup could not be refreshed").contains("not tidied");
        assertThat(logbook.isClosed()).isTrue();
        try (Logbook again = LogbookOpening.open(data, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray())) {
            assertThat(TestLogbooks.auditActions(again)).doesNotContain("compact");
            assertThat(again.contacts().count(ContactFilter.ALL)).isEqualTo(20);
        }
    }

    @Test
    void onlyManagersMayTidyAndTheLogbookClosesAnyway() {
        Path data = dir.resolve("data");
        try (Logbook manager = TestLogbooks.create(data)) {
            manager.accounts().add("worker1", Role.WORKER, "worker password".toCharArray());
        }
        Logbook worker = LogbookOpening.open(data, "worker1", "worker password".toCharArray());
        var vm = new MainViewModel(worker, new DirectTaskRunner(), clock);
        var outcome = new AtomicReference<MainViewModel.TidyOutcome>();

        vm.tidyThenClose(Optional.empty(), outcome::set);

        assertThat(outcome.get().tidied()).isFalse();
        assertThat(worker.isClosed()).isTrue();
    }
}
