package org.helplinelogbook.ui.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreViewModelTest {

    @TempDir
    Path dir;

    private Path live;
    private Path backup;
    private String recoveryKey;
    private final AtomicReference<Path> opened = new AtomicReference<>();
    private RestoreViewModel vm;
    private final List<Double> progress = new ArrayList<>();

    @BeforeEach
    void setUp() {
        live = dir.resolve("live");
        var created = LogbookSetup.create(live, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray(),
                java.time.ZoneId.of("Europe/London"));
        recoveryKey = created.recoveryKey();
        try (Logbook logbook = created.logbook()) {
            logbook.contacts().saveAll(List.of(contact(LocalDate.of(2024, 1, 3)), contact(LocalDate.of(2025, 6, 30)),
                    contact(LocalDate.of(2026, 3, 9))), "test");
            backup = Backups.dailyIfDue(logbook, LocalDate.now(logbook.zone())).orElseThrow();
        }
        vm = new RestoreViewModel(new DirectTaskRunner(), opened::set);
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        vm.chooseBackup(backup);
    }

    @Test
    void restoresIntoANewFolderWithProgressAndVerifiedCounts() {
        Path target = dir.resolve("restored");
        vm.chooseFolder(target);
        assertThat(vm.status().messageProperty().get()).isEmpty();
        vm.usernameProperty().set(TestLogbooks.MANAGER);
        char[] password = TestLogbooks.PASSWORD.toCharArray();

        vm.restore(password);

        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(vm.status().busyProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(progress).as("progress moves forward only").isSorted().contains(1.0);
        assertThat(progress.stream().filter(p -> p > 0 && p < 1)).as("intermediate steps were shown").isNotEmpty();
        assertThat(vm.status().messageProperty().get()).isEqualTo("Restored into " + target.toAbsolutePath()
                + ". Every table was read in full and the audit log verifies. The backup holds:");
        // what a manager knows, with counts and dates; never an internal table (key slots, schema history, ...)
        assertThat(vm.counts().get(0)).startsWith("Backup made on ").contains(" at ");
        assertThat(vm.counts().subList(1, 4)).containsExactly("Contacts: 3, from 3 Jan 2024 to 9 Mar 2026",
                "Accounts: 1", "Campaigns: " + builtInCampaigns());
        assertThat(vm.counts().get(4)).matches("Audit log entries: \\d+");
        assertThat(vm.counts()).hasSize(5).noneMatch(line -> line.contains("_") || line.toLowerCase()
                .matches(".*(flyway|schema|author key|key slot|draft|tally|summary|setting|note key).*"));
        assertThat(new String(password)).as("password wiped").isEqualTo("\0".repeat(password.length));
        assertThat(DataFolder.holdsLogbook(target)).isTrue();

        vm.openRestored();
        assertThat(opened.get()).isEqualTo(target.toAbsolutePath());
        try (Logbook restored = LogbookOpening.open(target, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray())) {
            assertThat(TestLogbooks.auditActions(restored)).contains("restore");
        }
    }

    private long builtInCampaigns() {
        try (Logbook logbook = LogbookOpening.open(live, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray())) {
            return logbook.campaigns().list().size();
        }
    }

    private static ContactDraft contact(LocalDate day) {
        return new ContactDraft(day.atTime(10, 0), 600, "phone", "at_risk", List.of("sexual_thoughts"),
                List.of("information_given"), "internet_search", null, null);
    }

    @Test
    void restoresWithTheRecoveryKey() {
        Path target = dir.resolve("by-key");
        vm.chooseFolder(target);
        vm.useRecoveryKeyProperty().set(true);

        vm.restore(recoveryKey.toCharArray());

        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(DataFolder.holdsLogbook(target)).isTrue();
    }

    @Test
    void refusesAFolderThatHoldsALogbookAndChangesNothing() throws IOException {
        long before = Files.size(live.resolve("logbook.mv.db"));
        byte[] slots = Files.readAllBytes(live.resolve("keyslots.json"));
        vm.chooseFolder(live);
        assertThat(vm.status().messageProperty().get()).isEqualTo("This folder already holds a logbook. A restore never"
                + " overwrites a logbook: choose a new, empty folder.");

        vm.usernameProperty().set(TestLogbooks.MANAGER);
        vm.restore(TestLogbooks.PASSWORD.toCharArray());

        assertThat(vm.doneProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isZero();
        assertThat(vm.status().messageProperty().get()).startsWith("This folder already holds a logbook.");
        assertThat(Files.size(live.resolve("logbook.mv.db"))).isEqualTo(before);
        assertThat(Files.readAllBytes(live.resolve("keyslots.json"))).isEqualTo(slots);
        try (Logbook still = LogbookOpening.open(live, TestLogbooks.MANAGER, TestLogbooks.PASSWORD.toCharArray())) {
            assertThat(still.isClosed()).isFalse();
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Path busy = Files.createDirectory(dir.resolve("documents"));
        Files.writeString(busy.resolve("letter.txt"), "x");
        vm.chooseFolder(busy);
        assertThat(vm.status().messageProperty().get()).startsWith("This folder is not empty.");
        vm.usernameProperty().set(TestLogbooks.MANAGER);
        vm.restore(TestLogbooks.PASSWORD.toCharArray());
        assertThat(vm.doneProperty().get()).isFalse();
        try (Stream<Path> files = Files.list(busy)) {
            assertThat(files).containsExactly(busy.resolve("letter.txt"));
        }
    }

    @Test
    void wrongPasswordGetsACalmMessageAndWritesNothing() throws IOException {
        Path target = Files.createDirectory(dir.resolve("empty"));
        vm.chooseFolder(target);
        vm.usernameProperty().set(TestLogbooks.MANAGER);

        vm.restore("not the password".toCharArray());

        assertThat(vm.doneProperty().get()).isFalse();
        assertThat(vm.status().busyProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isZero();
        assertThat(vm.status().messageProperty().get()).isEqualTo("The username or password is not right for this backup."
                + " Use a password that was valid when the backup was made, or the recovery key.");
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files).isEmpty();
        }

        vm.restore(TestLogbooks.PASSWORD.toCharArray());
        assertThat(vm.doneProperty().get()).as("a second try with the right password works").isTrue();
    }

    @Test
    void asksForWhatIsMissingBeforeStarting() {
        vm.chooseBackup(null);
        vm.restore("x".toCharArray());
        assertThat(vm.status().messageProperty().get()).isEqualTo("Please choose the backup file first.");
        vm.chooseBackup(backup);
        vm.restore("x".toCharArray());
        assertThat(vm.status().messageProperty().get()).startsWith("Please choose a new, empty folder");
        vm.chooseFolder(dir.resolve("new"));
        vm.restore(new char[0]);
        assertThat(vm.status().messageProperty().get()).startsWith("Please type the username and a password");
        assertThat(vm.status().busyProperty().get()).isFalse();
    }
}
