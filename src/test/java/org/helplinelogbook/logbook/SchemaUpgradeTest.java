package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.storage.OlderSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logbook made by the previous release (schema V1 only, real encrypted H2, real migrations) is opened by this
 * release: the data is all there, the schema is the newest, and a still-encrypted copy of the old logbook with
 * its key slots was taken first into {@code backups/pre-upgrade-1-*.zip}, which opens as the old logbook.
 */
class SchemaUpgradeTest {

    private static final char[] PASSWORD = "upgrade test password".toCharArray();
    private static final String CANARY = "ZEBRA-CANARY-7731";

    @TempDir
    Path dir;

    @TempDir
    Path restored;

    @Test
    void aLogbookFromThePreviousSchemaUpgradesKeepingItsDataAndABackup() throws IOException {
        List<String> ids = new ArrayList<>();
        try (var older = OlderSchema.upTo("1")) {
            var created = Logbook.create(dir, "manager1", PASSWORD.clone(), ZoneId.of("Europe/London"));
            try (Logbook logbook = created.logbook()) {
                for (int i = 0; i < 30; i++) {
                    ids.add(logbook.contacts().save(new ContactDraft(LocalDateTime.of(2026, 3, 1 + i % 28, 9 + i % 8, i),
                            300 + i, "phone", "at_risk", List.of("sexual_thoughts"), List.of("concerns_clarified"),
                            "police", "note " + i + " " + CANARY, null)).id().toString());
                }
                assertThat(schemaVersion(logbook)).isEqualTo("1");
            }
        }
        assertThat(preUpgradeBackups()).isEmpty();

        try (Logbook logbook = Logbook.open(dir, "manager1", PASSWORD.clone())) {
            assertThat(schemaVersion(logbook)).isEqualTo(newestMigration());
            assertThat(logbook.contacts().count(ContactFilter.ALL)).isEqualTo(30);
            for (String id : ids) {
                var contact = logbook.contacts().find(java.util.UUID.fromString(id)).orElseThrow();
                assertThat(contact.notes()).contains(CANARY);
            }
            assertThat(indexNames(logbook)).contains("contact_local");
            assertThat(logbook.verifyAudit()).isEmpty();
        }

        List<Path> backups = preUpgradeBackups();
        assertThat(backups).hasSize(1);
        Path zip = backups.get(0);
        assertThat(zip.getFileName().toString()).matches("pre-upgrade-1-\\d{8}-\\d{6}Z\\.zip");
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

        // The copy is the old logbook: opening it with the old schema target shows version 1 and every contact.
        try (var older = OlderSchema.upTo("1");
                Logbook copy = Logbook.open(restored, "manager1", PASSWORD.clone())) {
            assertThat(schemaVersion(copy)).isEqualTo("1");
            assertThat(copy.contacts().count(ContactFilter.ALL)).isEqualTo(30);
        }

        // Opening the upgraded logbook again changes nothing, so no second copy is taken.
        Logbook.open(dir, "manager1", PASSWORD.clone()).close();
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

    private static String schemaVersion(Logbook logbook) {
        return logbook.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                        + " ORDER BY \"installed_rank\" DESC LIMIT 1").mapTo(String.class).one());
    }

    private static List<String> indexNames(Logbook logbook) {
        return logbook.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT LOWER(index_name) FROM information_schema.indexes WHERE LOWER(table_name) = 'contact'")
                .mapTo(String.class).list());
    }

    /** The highest V<n>__ migration shipped in the jar's migration folders. */
    private static String newestMigration() throws IOException {
        int newest = 0;
        for (String folder : List.of("db/migration/common", "db/migration/h2")) {
            var url = SchemaUpgradeTest.class.getClassLoader().getResource(folder);
            if (url == null) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(URI.create(url.toString())))) {
                for (Path f : files.toList()) {
                    var m = java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql").matcher(f.getFileName().toString());
                    if (m.matches()) {
                        newest = Math.max(newest, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        return String.valueOf(newest);
    }
}
