package org.helplinelogbook.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookTestAccess;
import org.helplinelogbook.logbook.SafetyLogbooks;
import org.helplinelogbook.security.Argon2Params;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Single writer: while one process has the logbook open, a CLI in another process waits up to 10 s, saying so,
 * then exits 5 and changes nothing; if the logbook is closed while it waits, it goes ahead.
 */
class SecondProcessLockTest {

    @TempDir
    Path tmp;

    @Test
    void secondProcessIsRefusedAndChangesNothing() throws Exception {
        Path dir = tmp.resolve("logbook");
        Path password = tmp.resolve("password.txt");
        Files.writeString(password, SafetyLogbooks.PASSWORD, StandardCharsets.UTF_8);
        try (Logbook held = SafetyLogbooks.create(dir).logbook()) {
            held.contacts().save(SafetyLogbooks.draft(java.time.LocalDateTime.now().minusHours(1), 1, null));
            LogbookTestAccess.flushAuditAnchor(held); // the audit anchor is written off the saving thread
            String before = digest(dir);
            Process cli = new ProcessBuilder(CrashHarness.javaCommand(), "-D" + Argon2Params.FAST_PROPERTY + "=true",
                    "-Dhelplinelogbook.logdir=" + tmp.resolve("logs"), "-cp", CrashHarness.testClassPath(),
                    "org.helplinelogbook.Launcher", "add", "--data", dir.toString(), "--user", SafetyLogbooks.MANAGER,
                    "--password-file", password.toString(), "--channel", "phone", "--caller-type", "silent")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String err = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).isEqualTo(5);
            assertThat(err).contains("waiting up to 10 seconds", "in use").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(digest(dir)).isEqualTo(before);
            assertThat(held.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isEqualTo(1);
        }
    }

    @Test
    void secondProcessWaitsAndGoesAheadWhenTheLogbookIsClosed() throws Exception {
        Path dir = tmp.resolve("logbook");
        Path password = tmp.resolve("password.txt");
        Files.writeString(password, SafetyLogbooks.PASSWORD, StandardCharsets.UTF_8);
        Logbook held = SafetyLogbooks.create(dir).logbook();
        Process cli;
        try {
            cli = addInAnotherProcess(dir, password);
            var err = new java.io.BufferedReader(new java.io.InputStreamReader(cli.getErrorStream(), StandardCharsets.UTF_8));
            String line = err.readLine(); // blocks until the other process says it waits
            while (line != null && !line.contains("waiting")) {
                line = err.readLine();
            }
            assertThat(line).contains("in use by another window or program; waiting up to 10 seconds");
        } finally {
            held.close();
        }
        assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).isZero();
        try (Logbook reopened = SafetyLogbooks.open(dir, SafetyLogbooks.MANAGER)) {
            assertThat(reopened.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isEqualTo(1);
        }
    }

    private Process addInAnotherProcess(Path dir, Path password) throws java.io.IOException {
        return new ProcessBuilder(CrashHarness.javaCommand(), "-D" + Argon2Params.FAST_PROPERTY + "=true",
                "-Dhelplinelogbook.logdir=" + tmp.resolve("logs"), "-cp", CrashHarness.testClassPath(),
                "org.helplinelogbook.Launcher", "add", "--data", dir.toString(), "--user", SafetyLogbooks.MANAGER,
                "--password-file", password.toString(), "--channel", "phone", "--caller-type", "silent")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String digest(Path dir) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String name : new String[] {"logbook.mv.db", "keyslots.json"}) {
            sha.update(Files.readAllBytes(dir.resolve(name)));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
