package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.helplinelogbook.domain.ContactFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logbook made by the previous release is opened by this one. The fixture in {@code src/test/resources/previous-release}
 * was written by that release's own code (commit 46edb1c, schema V1, V2, V20, V100; the generator is kept beside it):
 * a real encrypted H2 file and its key slots with 30 contacts whose notes carry a canary. Opening it applies this
 * release's V3 out of order (daily tally, new covering index): the data is all there, the tally counts the old
 * contacts, and a still-encrypted copy of the old logbook with its key slots was taken first into
 * {@code backups/pre-upgrade-*.zip}, which opens as a complete logbook again.
 */
class SchemaUpgradeTest {

    private static final char[] PASSWORD = "upgrade test password".toCharArray();
    private static final String CANARY = "ZEBRA-CANARY-7731";
    private static final String FIXTURE = "/previous-release/";

    @TempDir
    Path dir;

    @TempDir
    Path restored;

    @Test
    void aLogbookFromThePreviousReleaseUpgradesKeepingItsDataAndABackup() throws IOException {
        for (String file : List.of("logbook.mv.db", "keyslots.json")) {
            try (var in = SchemaUpgradeTest.class.getResourceAsStream(FIXTURE + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        List<String> ids;
        try (var in = SchemaUpgradeTest.class.getResourceAsStream(FIXTURE + "ids.txt")) {
            ids = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(ids).hasSize(30);

        try (Logbook logbook = LogbookOpening.open(dir, "manager1", PASSWORD.clone())) {
            assertThat(appliedVersions(logbook)).contains("1", "2", "3", "4", "20", "100");
            assertThat(logbook.contacts().count(ContactFilter.ALL)).isEqualTo(30);
            for (String id : ids) {
                var contact = logbook.contacts().find(java.util.UUID.fromString(id)).orElseThrow();
                assertThat(contact.notes()).contains(CANARY);
            }
            assertThat(indexNames(logbook)).contains("contact_day").doesNotContain("contact_local")
                    .doesNotContain("contact_topic_period", "contact_topic_code", "contact_outcome_period",
                            "contact_outcome_code"); // V4
            // V3 counted the 30 old contacts into the daily tally the summaries read.
            assertThat(logbook.store().<Boolean>read(r -> r.summaries().countsAreConsistent())).isTrue();
            assertThat(logbook.store().read(r -> r.summaries().totals(LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31))).all()).isEqualTo(30);
            assertThat(logbook.verification().verifyAudit()).isEmpty();
        }

        List<Path> backups = preUpgradeBackups();
        assertThat(backups).hasSize(1);
        Path zip = backups.get(0);
        assertThat(zip.getFileName().toString()).matches("pre-upgrade-100-\\d{8}-\\d{6}Z\\.zip");
        try (var zipFs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            assertThat(Files.exists(zipFs.getPath("keyslots.json"))).isTrue();
            Path db = zipFs.getPath("logbook.mv.db");
            byte[] bytes = Files.readAllBytes(db);
            // H2's encrypted file format: a fixed header, then only ciphertext; no note text in clear.
            assertThat(new String(bytes, 0, 9, StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt");
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
            Files.copy(db, restored.resolve("logbook.mv.db"));
            Files.copy(zipFs.getPath("keyslots.json"), restored.resolve("keyslots.json"));
        }

        // The copy is the whole old logbook: it opens (and is upgraded again) with every contact.
        try (Logbook copy = LogbookOpening.open(restored, "manager1", PASSWORD.clone())) {
            assertThat(copy.contacts().count(ContactFilter.ALL)).isEqualTo(30);
        }

        // Opening the upgraded logbook again changes nothing, so no second copy is taken.
        LogbookOpening.open(dir, "manager1", PASSWORD.clone()).close();
        assertThat(preUpgradeBackups()).hasSize(1);
    }

    private List<Path> preUpgradeBackups() throws IOException {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("pre-upgrade-")).sorted().toList();
        }
    }

    private static List<String> appliedVersions(Logbook logbook) {
        return logbook.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")
                .mapTo(String.class).list());
    }

    private static List<String> indexNames(Logbook logbook) {
        return logbook.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT LOWER(index_name) FROM information_schema.indexes WHERE LOWER(table_name) = 'contact'")
                .mapTo(String.class).list());
    }
}
