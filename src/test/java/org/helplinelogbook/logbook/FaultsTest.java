package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.StorageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults: missing or damaged key file, read-only folder, full disk. Clear messages, nothing lost. */
class FaultsTest {

    @TempDir
    Path tmp;

    private Path closedLogbook(int contacts) {
        Path dir = tmp.resolve("logbook");
        try (Logbook logbook = SafetyLogbooks.create(dir).logbook()) {
            logbook.contacts().saveAll(SafetyLogbooks.drafts(LocalDateTime.now().minusDays(1), contacts, "n"), "import");
        }
        return dir;
    }

    @Test
    void missingKeyFileSaysSoAndLeavesTheDatabase() throws IOException {
        Path dir = closedLogbook(10);
        byte[] db = Files.readAllBytes(Database.h2File(dir));
        Files.delete(dir.resolve("keyslots.json"));
        assertThatThrownBy(() -> SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER))
                .isInstanceOfSatisfying(LogbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(LogbookException.Kind.MISSING))
                .hasMessageContaining("keyslots.json").hasMessageContaining("backup");
        assertThat(Files.readAllBytes(Database.h2File(dir))).isEqualTo(db);
    }

    @Test
    void damagedKeyFileIsReportedAsDamaged() throws IOException {
        Path dir = closedLogbook(10);
        Path slots = dir.resolve("keyslots.json");
        byte[] original = Files.readAllBytes(slots);
        Files.write(slots, java.util.Arrays.copyOf(original, original.length / 2));
        assertThatThrownBy(() -> SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER))
                .isInstanceOfSatisfying(LogbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(LogbookException.Kind.DAMAGED))
                .hasMessageContaining("damaged");
        Files.write(slots, original);
        try (Logbook logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER)) {
            assertThat(logbook.contacts().count(ContactFilter.ALL)).isEqualTo(10);
        }
    }

    @Test
    void readOnlyFolderGivesAClearMessage() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root ignores folder permissions");
        Path dir = closedLogbook(5);
        var original = Files.getPosixFilePermissions(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        Files.setPosixFilePermissions(Database.h2File(dir), PosixFilePermissions.fromString("r--------"));
        try {
            assertThatThrownBy(() -> SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER))
                    .isInstanceOf(LogbookException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("read-only", "cannot be used", "writable"));
        } finally {
            Files.setPosixFilePermissions(Database.h2File(dir), PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(dir, original);
        }
        try (Logbook logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER)) {
            assertThat(logbook.contacts().count(ContactFilter.ALL)).isEqualTo(5);
        }
    }

    @Test
    void fullDiskLosesNothingAcknowledged() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount.toString()) == 0,
                "mounting a small tmpfs is not permitted here");
        try {
            Path dir = mount.resolve("logbook");
            List<UUID> saved = new ArrayList<>();
            Throwable failure = null;
            try (Logbook logbook = SafetyLogbooks.create(dir).logbook()) {
                for (int i = 0; i < 20; i++) {
                    saved.add(logbook.contacts().save(SafetyLogbooks.draft(LocalDateTime.now().minusHours(2), i, "note " + i)).id());
                }
                fill(mount.resolve("filler"));
                try {
                    for (int i = 0; i < 5_000; i++) {
                        saved.add(logbook.contacts().save(SafetyLogbooks.draft(LocalDateTime.now().minusHours(1), i, "more " + i)).id());
                    }
                } catch (LogbookException | StorageException e) {
                    failure = e;
                }
            } catch (LogbookException | StorageException e) {
                failure = failure == null ? e : failure; // closing on a full disk may fail too
            }
            assertThat(failure).as("saving on a full disk must fail with a message, not pretend").isNotNull();
            assertThat(failure.getMessage()).doesNotContain("note ").doesNotContain("more ");
            Files.delete(mount.resolve("filler"));
            try (Logbook logbook = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER)) {
                for (UUID id : saved) {
                    assertThat(logbook.contacts().find(id)).as("acknowledged contact " + id).isPresent();
                }
                assertThat(logbook.verification().verifyAudit()).isEmpty();
            }
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is now full
        }
    }

    private static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }
}
