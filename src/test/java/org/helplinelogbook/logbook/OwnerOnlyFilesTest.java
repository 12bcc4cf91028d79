package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the database, the logs and {@code .hlbk} backups were created 0644; a copy out of the 0700 data folder
 * kept that mode. Each is now 0600 on POSIX file systems.
 */
class OwnerOnlyFilesTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void theDatabaseIsOwnerOnlyWhenCreatedReopenedAndCompacted() throws Exception {
        Path data = tmp.resolve("data");
        Path db = data.resolve("logbook.mv.db");
        try (Logbook logbook = SafetyLogbooks.create(data).logbook()) {
            assertThat(mode(db)).isEqualTo("rw-------");
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--")); // as made before the fix
        Logbook reopened = SafetyLogbooks.open(data, SafetyLogbooks.MANAGER);
        assertThat(mode(db)).isEqualTo("rw-------");
        reopened.contacts().saveAll(SafetyLogbooks.drafts(LocalDateTime.now().minusDays(1), 50, "note"), "import");
        reopened.compactAndClose(); // H2 writes a new file here
        assertThat(mode(db)).isEqualTo("rw-------");
    }

    @Test
    void backupsAndRestoredFilesAreOwnerOnly() throws Exception {
        Path data = tmp.resolve("data");
        Path manual = tmp.resolve("manual.hlbk");
        Path daily;
        try (Logbook logbook = SafetyLogbooks.create(data).logbook()) {
            logbook.backups().create(manual);
            daily = logbook.backups().dailyIfDue(LocalDate.now(logbook.zone())).orElseThrow();
        }
        assertThat(mode(manual)).isEqualTo("rw-------");
        assertThat(mode(daily)).isEqualTo("rw-------");

        Path restored = tmp.resolve("restored");
        Backups.restore(manual, restored, SafetyLogbooks.MANAGER, SafetyLogbooks.PASSWORD.toCharArray(), p -> { });
        assertThat(mode(restored.resolve("logbook.mv.db"))).isEqualTo("rw-------");
        assertThat(mode(restored.resolve("keyslots.json"))).isEqualTo("rw-------");
    }

    @Test
    void theLogConfiguredForTheAppIsOwnerOnly() throws Exception {
        Path logs = tmp.resolve("logs");
        var context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        context.putProperty("helplinelogbook.logdir", logs.toString());
        System.setProperty("helplinelogbook.logdir", logs.toString());
        try {
            var configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(getClass().getResource("/logback.xml"));
            context.getLogger("org.helplinelogbook.test").info("diagnostics line");
        } finally {
            context.stop();
            System.clearProperty("helplinelogbook.logdir");
        }
        Path log = logs.resolve("helpline-logbook.log");
        assertThat(Files.readString(log)).contains("diagnostics line");
        assertThat(mode(log)).isEqualTo("rw-------");
        assertThat(mode(logs)).isEqualTo("rwx------");
    }
}
