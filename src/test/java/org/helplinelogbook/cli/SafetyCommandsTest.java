package org.helplinelogbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.LogbookTestAccess;
import org.helplinelogbook.logbook.SafetyLogbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore, verify and purge-notes through picocli: exit codes and one calm line on errors. */
class SafetyCommandsTest {

    @TempDir
    Path tmp;

    private Path data;
    private Path password;
    private String recoveryKey;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void logbook() throws Exception {
        data = tmp.resolve("data");
        password = tmp.resolve("pw.txt");
        Files.writeString(password, SafetyLogbooks.PASSWORD, StandardCharsets.UTF_8);
        var created = SafetyLogbooks.create(data);
        recoveryKey = created.recoveryKey();
        try (Logbook logbook = created.logbook()) {
            YearMonth old = YearMonth.now(SafetyLogbooks.ZONE).minusMonths(30);
            logbook.contacts().saveAll(SafetyLogbooks.drafts(old.atDay(2).atTime(10, 0), 30, "old note"), "import");
            logbook.contacts().saveAll(SafetyLogbooks.drafts(LocalDateTime.now().minusDays(1), 20, "new note"), "import");
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private String[] as(String user, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 6);
        System.arraycopy(new String[] {"--data", data.toString(), "--user", user, "--password-file", password.toString()},
                0, all, args.length, 6);
        return all;
    }

    @Test
    void verifyRecountsSummaryCountsThatDriftedFromTheContacts() throws Exception {
        try (Logbook logbook = LogbookOpening.open(data, "manager", SafetyLogbooks.PASSWORD.toCharArray())) {
            org.helplinelogbook.logbook.BenchAccess.database(logbook).jdbi()
                    .useHandle(h -> h.execute("UPDATE contact_tally SET contacts = contacts + 1"));
            assertThat(logbook.verification().summaryCountsHold()).isFalse();
        }
        assertThat(run(as("manager", "verify"))).isZero();
        assertThat(out.toString()).contains("were recounted from the contacts");
        try (Logbook logbook = LogbookOpening.open(data, "manager", SafetyLogbooks.PASSWORD.toCharArray())) {
            assertThat(logbook.verification().summaryCountsHold()).isTrue();
            assertThat(logbook.verification().verifyAudit()).isEmpty();
        }
        assertThat(run(as("manager", "verify"))).isZero();
        assertThat(out.toString()).doesNotContain("recounted");
    }

    @Test
    void compactRewritesTheFileWithItsLiveDataOnly() throws Exception {
        Path file = data.resolve("logbook.mv.db");
        long bloated;
        try (Logbook logbook = LogbookOpening.open(data, "manager", SafetyLogbooks.PASSWORD.toCharArray())) {
            for (int i = 0; i < 400; i++) { // single saves, as at a desk: each leaves copied pages behind
                logbook.contacts().save(SafetyLogbooks.draft(LocalDateTime.now().minusMinutes(i), i, null));
            }
            bloated = Files.size(file);
            logbook.compactAndClose();
        }
        long compacted = Files.size(file);
        assertThat(compacted).isLessThan(bloated / 4);
        // H2 wrote the new file through the same encrypted file store: nothing readable in it.
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("new note")
                .doesNotContain("contact_tally");
        try (Logbook logbook = LogbookOpening.open(data, "manager", SafetyLogbooks.PASSWORD.toCharArray())) {
            assertThat(logbook.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isEqualTo(450);
            assertThat(logbook.verification().summaryCountsHold()).isTrue();
            assertThat(logbook.verification().verifyAudit()).isEmpty();
            assertThat(logbook.auditLog().actions()).contains("compact");
        }
        // Already tidy: H2's own short compaction at the next close finds little left to free (after a plain
        // close instead of compacting, it still found most of the file free).
        assertThat(compacted).isLessThan(Files.size(file) * 2);
    }

    @Test
    void compactCommandIsForManagersAndSaysWhatItDid() throws Exception {
        assertThat(run(as("worker", "compact"))).isEqualTo(Cli.NOT_ALLOWED);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");

        assertThat(run(as("manager", "compact"))).isZero();
        assertThat(out.toString()).startsWith("Compacted ").contains(" MB -> ");
        try (Logbook logbook = LogbookOpening.open(data, "manager", SafetyLogbooks.PASSWORD.toCharArray())) {
            assertThat(logbook.contacts().count(org.helplinelogbook.domain.ContactFilter.ALL)).isEqualTo(50);
            assertThat(logbook.verification().verifyAudit()).isEmpty();
            assertThat(logbook.auditLog().actions()).contains("compact");
        }
    }

    @Test
    void backupVerifyRestoreRoundTrip() throws Exception {
        Path file = tmp.resolve("out.hlbk");
        assertThat(run(as("manager", "backup", "--out", file.toString()))).isZero();
        assertThat(out.toString()).contains("Backup written");
        assertThat(run(as("manager", "backup", "--out", file.toString()))).isEqualTo(5);
        assertThat(run(as("worker", "backup", "--out", tmp.resolve("w.hlbk").toString()))).isEqualTo(3);

        assertThat(run(as("manager", "verify"))).isZero();
        assertThat(out.toString()).contains("contact: 50 rows").contains("audit chain verifies")
                .contains("summary counts match the contacts").doesNotContain("recounted");

        Path restored = tmp.resolve("restored");
        assertThat(run("restore", file.toString(), "--data", restored.toString(), "--user", "manager",
                "--password-file", password.toString())).isZero();
        assertThat(out.toString()).contains("contact: 50");
        assertThat(run("restore", file.toString(), "--data", restored.toString(), "--user", "manager",
                "--password-file", password.toString())).isEqualTo(5);
        assertThat(err.toString()).contains("already holds a logbook").doesNotContain("Exception");

        Path keyFile = tmp.resolve("recovery.txt");
        Files.writeString(keyFile, recoveryKey);
        assertThat(run("restore", file.toString(), "--data", tmp.resolve("r2").toString(),
                "--recovery-key-file", keyFile.toString())).isZero();
        assertThat(run("restore", file.toString(), "--data", tmp.resolve("r3").toString(), "--user", "manager",
                "--password-file", keyFile.toString())).isEqualTo(3);
    }

    @Test
    void verifyFailsWithTheProblemsListed() {
        try (Logbook logbook = SafetyLogbooks.open(data, "manager")) {
            LogbookTestAccess.store(logbook).read(r -> r.audit().last()); // opened and closed normally
        }
        // Tamper: drop the trigger and edit an entry through a raw connection.
        org.helplinelogbook.logbook.AuditTamper.editEntry(data, 2);
        assertThat(run(as("manager", "verify"))).isEqualTo(1);
        assertThat(err.toString()).contains("audit entry 2 has been altered").doesNotContain("\tat ");
    }

    @Test
    void purgeNotesIsForManagers() {
        assertThat(run(as("worker", "purge-notes"))).isEqualTo(3);
        assertThat(run(as("manager", "purge-notes", "--before", "bad"))).isEqualTo(4);
        assertThat(run(as("manager", "purge-notes"))).isZero();
        assertThat(out.toString()).contains("Shredded the notes of 1 month").contains("30 notes removed");
        assertThat(run(as("manager", "purge-notes"))).isZero();
        assertThat(out.toString()).contains("Shredded the notes of 0 months");
        // The current month is never shredded: it is still being logged.
        assertThat(run(as("manager", "purge-notes", "--before",
                YearMonth.now(SafetyLogbooks.ZONE).plusMonths(1).toString()))).isEqualTo(4);
        assertThat(err.toString()).contains("before the current one");
    }

    @Test
    void managerSignInMakesTheDailyBackupAndShredsExpiredNotes() {
        assertThat(run(as("manager", "list", "--count"))).isZero();
        assertThat(Files.exists(data.resolve("backups"))).isTrue();
        try (Logbook logbook = SafetyLogbooks.open(data, "manager")) {
            var actions = LogbookTestAccess.store(logbook).read(r -> r.audit().all()).stream().map(e -> e.action()).toList();
            assertThat(actions).contains("purge", "backup");
        }
    }
}
