package org.helplinelogbook.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.logbook.Backups;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.ui.common.DirectTaskRunner;
import org.helplinelogbook.ui.common.MutableClock;
import org.helplinelogbook.ui.common.TestLogbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupSettingsViewModelTest {

    @TempDir
    Path dir;

    @TempDir
    Path usb;

    // 14:32 in London in winter
    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-14T14:32:10Z"));
    private Logbook logbook;
    private BackupSettingsViewModel vm;

    @BeforeEach
    void setUp() {
        logbook = TestLogbooks.create(dir.resolve("data"));
        vm = new BackupSettingsViewModel(logbook, new DirectTaskRunner(), clock);
        vm.load();
    }

    @AfterEach
    void tearDown() {
        logbook.close();
    }

    @Test
    void showsTheDefaultFolderAndNoBackupYet() {
        assertThat(vm.folderProperty().get()).isEqualTo(dir.resolve("data").resolve("backups").toString());
        assertThat(vm.newestProperty().get()).startsWith("No backup in this folder yet.");
    }

    @Test
    void backUpNowWritesANewFileAndSaysWhereAndWhen() {
        vm.chooseFolder(usb);
        vm.backUpNow();

        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.backingUpProperty().get()).isFalse();
        assertThat(vm.status().problemProperty().get()).isFalse();
        Path made = usb.resolve("backup-2025-01-14-143210.hlbk");
        assertThat(made).isRegularFile();
        // the file's name: its folder is shown just above (a long path would wrap over three lines)
        assertThat(vm.status().textProperty().get()).isEqualTo("Backed up at 14:32 as backup-2025-01-14-143210.hlbk.");
        assertThat(vm.newestProperty().get()).startsWith("Made on ").endsWith("(backup-2025-01-14-143210.hlbk)");
        assertThat(Backups.newest(usb)).get().extracting(Backups.BackupInfo::file).isEqualTo(made);
    }

    @Test
    void aBackupMadeNowIsNeverRotatedAway() {
        vm.chooseFolder(usb);
        vm.backUpNow();
        Backups.rotate(usb, java.time.LocalDate.of(2026, 1, 1));
        assertThat(usb.resolve("backup-2025-01-14-143210.hlbk")).isRegularFile();
    }

    @Test
    void aWritableFolderIsStoredAsTheSetting() throws IOException {
        vm.chooseFolder(usb);

        assertThat(vm.status().problemProperty().get()).isFalse();
        assertThat(vm.status().textProperty().get()).startsWith("Backup folder saved.");
        assertThat(logbook.settings().get(LogbookSettings.BACKUP_FOLDER, "")).isEqualTo(usb.toAbsolutePath().toString());
        assertThat(vm.folderProperty().get()).isEqualTo(usb.toAbsolutePath().toString());
        assertThat(Backups.folder(logbook)).isEqualTo(usb.toAbsolutePath());
        try (Stream<Path> left = Files.list(usb)) {
            assertThat(left).as("the write check leaves nothing behind").isEmpty();
        }
    }

    @Test
    void aMissingFolderIsRefusedCalmlyAndNothingChanges() {
        Path unplugged = usb.resolve("not-plugged-in");
        vm.chooseFolder(unplugged);

        assertThat(vm.status().problemProperty().get()).isTrue();
        assertThat(vm.status().textProperty().get()).isEqualTo("The folder " + unplugged
                + " cannot be found (is the USB stick plugged in?). Choose another folder; nothing was changed.");
        assertThat(logbook.settings().get(LogbookSettings.BACKUP_FOLDER, "")).isEmpty();
        assertThat(unplugged).doesNotExist();
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(usb.resolve("notes.txt"), "x");
        vm.chooseFolder(file);
        assertThat(vm.status().problemProperty().get()).isTrue();
        assertThat(logbook.settings().get(LogbookSettings.BACKUP_FOLDER, "")).isEmpty();
    }

    @Test
    void aFolderThatTakesNoFileIsRefused() throws IOException {
        // Portable stand-in for a read-only stick (root ignores permissions): the check file cannot be written.
        Files.createDirectories(usb.resolve(".helpline-logbook-write-check").resolve("blocked"));
        vm.chooseFolder(usb);
        assertThat(vm.status().problemProperty().get()).isTrue();
        assertThat(vm.status().textProperty().get()).isEqualTo("Backups cannot be saved in " + usb
                + " (it may be read-only or full). Choose another folder; nothing was changed.");
        assertThat(logbook.settings().get(LogbookSettings.BACKUP_FOLDER, "")).isEmpty();
    }

    @Test
    void aReadOnlyFolderIsRefused() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root can write anywhere");
        assumeTrue(usb.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path readOnly = Files.createDirectory(usb.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            vm.chooseFolder(readOnly);
            assertThat(vm.status().problemProperty().get()).isTrue();
            assertThat(vm.status().textProperty().get()).startsWith("Backups cannot be saved in " + readOnly);
            assertThat(logbook.settings().get(LogbookSettings.BACKUP_FOLDER, "")).isEmpty();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void backUpNowToAFolderThatWentMissingSaysSoAndCreatesNothing() throws IOException {
        Path stick = Files.createDirectory(usb.resolve("stick"));
        vm.chooseFolder(stick);
        Files.delete(stick);

        vm.backUpNow();

        assertThat(vm.status().problemProperty().get()).isTrue();
        assertThat(vm.status().textProperty().get()).contains("cannot be found (is the USB stick plugged in?)");
        assertThat(stick).doesNotExist();
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
