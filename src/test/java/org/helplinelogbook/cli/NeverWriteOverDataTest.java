package org.helplinelogbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.SafetyLogbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, part 2: {@code report --out} and {@code backup --out} never write over data. Before the fix,
 * {@code report --out DATA/logbook.mv.db} replaced the live logbook (exit 0) and the next sign-in failed.
 */
class NeverWriteOverDataTest {

    @TempDir
    Path tmp;

    private Path data;
    private Path password;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void logbook() throws Exception {
        data = tmp.resolve("data");
        password = tmp.resolve("pw.txt");
        Files.writeString(password, SafetyLogbooks.PASSWORD, StandardCharsets.UTF_8);
        try (Logbook logbook = SafetyLogbooks.create(data).logbook()) {
            logbook.contacts().saveAll(SafetyLogbooks.drafts(LocalDateTime.now().minusDays(2), 20, null), "import");
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = java.util.Arrays.copyOf(args, args.length + 6);
        System.arraycopy(new String[] {"--data", data.toString(), "--user", "manager", "--password-file", password.toString()},
                0, all, args.length, 6);
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    private int report(Path target, String... more) {
        String[] args = {"report", "--period", "2026-10", "--format", "csv", "--out", target.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return run(all);
    }

    @Test
    void reportNeverReplacesTheLiveLogbookEvenWithForce() throws Exception {
        Path db = data.resolve("logbook.mv.db");

        assertThat(report(db)).isEqualTo(5);
        assertThat(err.toString()).contains("holds logbook data").contains("nothing was written");
        assertThat(report(db, "--force")).isEqualTo(5);
        assertThat(report(data.resolve("keyslots.json"), "--force")).isEqualTo(5);

        // Signing in changes both files (audit log and its anchor); what matters is that the logbook opens, whole.
        try (Logbook reopened = SafetyLogbooks.open(data, "manager")) {
            assertThat(reopened.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isEqualTo(20);
        }
    }

    @Test
    void reportIsNeverWrittenInsideTheDataFolder() {
        assertThat(report(data.resolve("report.csv"))).isEqualTo(4);
        assertThat(err.toString()).contains("inside the logbook's own folder");
        assertThat(report(data.resolve("backups").resolve("report.csv"), "--force")).isEqualTo(4);
        assertThat(Files.exists(data.resolve("report.csv"))).isFalse();
    }

    @Test
    void reportReplacesAnOrdinaryFileOnlyWithForce() throws Exception {
        Path target = tmp.resolve("october.csv");
        Files.writeString(target, "last month's figures");

        assertThat(report(target)).isEqualTo(5);
        assertThat(err.toString()).contains("already exists").contains("--force");
        assertThat(Files.readString(target)).isEqualTo("last month's figures");

        assertThat(report(target, "--force")).as(err.toString()).isZero();
        assertThat(Files.readString(target)).startsWith("period,dimension,category,");
    }

    @Test
    void reportNeverReplacesABackup() throws Exception {
        Path backup = tmp.resolve("monday.hlbk");
        assertThat(run("backup", "--out", backup.toString())).as(err.toString()).isZero();
        String before = sha(backup);

        assertThat(report(backup, "--force")).isEqualTo(5);
        assertThat(sha(backup)).isEqualTo(before);
    }

    @Test
    void reportThroughALinkToTheLogbookIsRefused() throws Exception {
        Path link = tmp.resolve("innocent.csv");
        Files.createSymbolicLink(link, data.resolve("logbook.mv.db"));
        assertThat(report(link, "--force")).isEqualTo(5);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (Logbook reopened = SafetyLogbooks.open(data, "manager")) {
            assertThat(reopened.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isEqualTo(20);
        }
    }

    @Test
    void backupRefusesTheDataFolderAndBackupsEvenWithForce() throws Exception {
        Path db = data.resolve("logbook.mv.db");
        assertThat(run("backup", "--out", db.toString(), "--force")).isEqualTo(5);
        assertThat(err.toString()).contains("holds logbook data");
        assertThat(run("backup", "--out", data.resolve("copy.hlbk").toString())).isEqualTo(4);
        assertThat(Files.exists(data.resolve("copy.hlbk"))).isFalse();
        try (Logbook reopened = SafetyLogbooks.open(data, "manager")) { // signing in changes the file; it still opens whole
            assertThat(reopened.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isEqualTo(20);
        }

        Path first = tmp.resolve("first.hlbk");
        assertThat(run("backup", "--out", first.toString())).isZero();
        String firstSha = sha(first);
        assertThat(run("backup", "--out", first.toString(), "--force")).isEqualTo(5);
        assertThat(sha(first)).isEqualTo(firstSha);
    }

    @Test
    void backupMayGoIntoTheBackupFolderAndReplaceAnOrdinaryFileWithForce() throws Exception {
        assertThat(run("backup", "--out", data.resolve("backups").resolve("before-move.hlbk").toString()))
                .as(err.toString()).isZero();

        Path stale = tmp.resolve("backup.bin");
        Files.writeString(stale, "not a backup");
        assertThat(run("backup", "--out", stale.toString())).isEqualTo(5);
        assertThat(run("backup", "--out", stale.toString(), "--force")).as(err.toString()).isZero();
        assertThat(Files.size(stale)).isGreaterThan(1000);
    }

    private static String sha(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
