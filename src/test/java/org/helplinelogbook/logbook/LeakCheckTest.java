package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.helplinelogbook.domain.AuditRepository.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requirement 4: a canary written in 1,000 notes gives 0 hits in UTF-8 or UTF-16 across the data folder, the
 * backup folder and every temp file created meanwhile, and none in the audit log. Exports in every format are scanned too.
 */
class LeakCheckTest {

    private static final String CANARY = "CANARY-7f3a9c";
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @TempDir
    Path tmp;

    @Test
    void canaryNeverReachesTheDiskInClear() throws IOException {
        Set<Path> tempBefore = listing(TEMP);
        Path data = tmp.resolve("data");
        Path backups = tmp.resolve("elsewhere");
        try (Logbook logbook = SafetyLogbooks.create(data).logbook()) {
            logbook.contacts().saveAll(SafetyLogbooks.drafts(LocalDateTime.now().minusDays(2), 1_000,
                    "Caller talked about their week " + CANARY + " and agreed a plan"), "import");
            logbook.settings().change("backup_folder", backups.toString());
            logbook.backups().create(tmp.resolve("manual.hlbk"));
            logbook.backups().dailyIfDue(java.time.LocalDate.now(logbook.zone()));
            Backups.restore(tmp.resolve("manual.hlbk"), tmp.resolve("restored"), SafetyLogbooks.MANAGER,
                    SafetyLogbooks.PASSWORD.toCharArray(), p -> { });
            var reports = new org.helplinelogbook.report.ReportService(logbook.store(), logbook.zone());
            var today = java.time.LocalDate.now(logbook.zone());
            // A published (grid) period holding the contacts: a custom range is only exported as exact figures.
            var period = org.helplinelogbook.report.Period.month(java.time.YearMonth.from(today.minusDays(2)));
            Files.createDirectories(tmp.resolve("exports"));
            for (var format : org.helplinelogbook.report.ExportFormat.values()) {
                for (var policy : List.of(org.helplinelogbook.privacy.DisclosurePolicy.DEFAULT,
                        new org.helplinelogbook.privacy.DisclosurePolicy(1, 1, true))) {
                    Path out = tmp.resolve("exports/report-" + policy.exact() + "." + format.extension());
                    try (var stream = Files.newOutputStream(out)) {
                        reports.export(logbook.actor(), period, format, policy, stream);
                    }
                }
            }
            assertThat(logbook.contacts().searchNotes(org.helplinelogbook.domain.ContactFilter.ALL, CANARY, null, 5)
                    .contacts()).hasSize(5);
        }
        List<Path> scanned = new ArrayList<>();
        List<String> hits = new ArrayList<>();
        scan(tmp, scanned, hits);
        for (Path p : listing(TEMP)) {
            if (!tempBefore.contains(p) && !p.startsWith(tmp)) {
                scan(p, scanned, hits);
            }
        }
        assertThat(scanned).anyMatch(p -> p.toString().endsWith("logbook.mv.db"))
                .anyMatch(p -> p.toString().endsWith(".hlbk"))
                .anyMatch(p -> p.toString().endsWith(".pdf"))
                .anyMatch(p -> p.toString().endsWith(".xlsx"));
        assertThat(Files.list(backups).toList()).isNotEmpty();
        assertThat(hits).isEmpty();

        try (Logbook logbook = SafetyLogbooks.open(data, SafetyLogbooks.MANAGER)) {
            List<AuditEntry> entries = logbook.store().read(r -> r.audit().all());
            assertThat(entries).isNotEmpty().noneMatch(e -> e.toString().contains(CANARY));
        }
    }

    private static Set<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new HashSet<>(s.toList());
        }
    }

    private static void scan(Path root, List<Path> scanned, List<String> hits) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(file);
                scanned.add(file);
                if (file.toString().endsWith(".xlsx")) {
                    bytes = unzipped(file); // XLSX is a zip: look inside, where a leak would be deflated
                }
                for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
                    if (indexOf(bytes, CANARY.getBytes(cs)) >= 0) {
                        hits.add(file + " (" + cs + ")");
                    }
                }
            }
        }
    }

    private static byte[] unzipped(Path zip) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            for (var entry : java.util.Collections.list(file.entries())) {
                try (var in = file.getInputStream(entry)) {
                    in.transferTo(out);
                }
            }
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
