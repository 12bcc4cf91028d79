package org.helplinelogbook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.storage.AppliedMigrations.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a logbook skips Flyway only when the schema history records exactly this program's scripts; a new or
 * changed script, and a history that was tampered with, still go through Flyway as before (issue 17).
 */
class AppliedMigrationsTest {

    private static final List<String> WITH_EXTRA = List.of("db/migration/common", "db/migration/h2",
            "db/migration-test/extra");

    @TempDir
    Path dir;

    @TempDir
    Path scripts;

    @Test
    void theChecksumsComputedHereAreTheOnesFlywayRecords() {
        DataKey key = DataKey.generate();
        try (var db = Database.openH2(dir, key, true)) {
            Set<Script> recorded = new HashSet<>(db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT \"version\", \"script\", \"checksum\" FROM \"flyway_schema_history\""
                            + " WHERE \"version\" IS NOT NULL")
                    .map((rs, ctx) -> new Script(rs.getString(1), rs.getString(2), rs.getInt(3))).list()));
            assertThat(AppliedMigrations.program(Database.MIGRATION_FOLDERS)).contains(recorded);
            assertThat(recorded).extracting(Script::version).contains("1", "4", "43", "100");
            assertThat(allApplied(db, Database.MIGRATION_FOLDERS)).isTrue();
        }
    }

    @Test
    void aNewMigrationIsStillAppliedAfterThePreUpgradeCopy() throws IOException {
        DataKey key = DataKey.generate();
        Database.openH2(dir, key, true).close();
        try (var db = Database.openH2(dir, key, false)) {
            assertThat(allApplied(db, WITH_EXTRA)).isFalse();
        }

        try (var db = Database.openH2(dir, key, false, WITH_EXTRA)) {
            int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM test_extra")
                    .mapTo(Integer.class).one());
            assertThat(rows).isZero(); // the table V9001 makes is there
            assertThat(allApplied(db, WITH_EXTRA)).isTrue();
        }
        assertThat(preUpgradeCopies()).hasSize(1);

        // Opened again by the same program: nothing to migrate, so no second copy.
        Database.openH2(dir, key, false, WITH_EXTRA).close();
        assertThat(preUpgradeCopies()).hasSize(1);
    }

    @Test
    void aChangedChecksumInTheHistoryIsStillRefusedByFlyway() {
        DataKey key = DataKey.generate();
        try (var db = Database.openH2(dir, key, true)) {
            db.jdbi().useHandle(h -> h.execute(
                    "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'"));
            assertThat(allApplied(db, Database.MIGRATION_FOLDERS)).isFalse();
        }
        assertThatThrownBy(() -> Database.openH2(dir, key, false)).hasMessageContaining("checksum");
    }

    @Test
    void aFailedMissingOrExtraRowLeavesTheDecisionToFlyway() {
        try (var db = Database.openH2(dir, DataKey.generate(), true)) {
            // A row for a script this program does not have (as after going back to an older program).
            Set<Script> older = new HashSet<>(AppliedMigrations.program(Database.MIGRATION_FOLDERS).orElseThrow());
            older.removeIf(s -> s.version().equals("43"));
            assertThat(allApplied(db, older)).isFalse();

            db.jdbi().useHandle(h -> h.execute(
                    "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '43'"));
            assertThat(allApplied(db, Database.MIGRATION_FOLDERS)).isFalse();
            db.jdbi().useHandle(h -> h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '43'"));
            assertThat(allApplied(db, Database.MIGRATION_FOLDERS)).isFalse();
        }
    }

    @Test
    void scriptsAreFoundAlikeInAFolderAndInAJar() throws IOException {
        write("db/x/V1__first.sql", "\uFEFFCREATE TABLE a (id INT);\r\nCREATE TABLE b (id INT);\r\n");
        write("db/x/deeper/V2_1__second.sql", "CREATE TABLE c (id INT);\n");
        Optional<Set<Script>> fromFolder = scan(scripts.toUri().toURL(), "db/x");
        assertThat(fromFolder).hasValueSatisfying(found -> assertThat(found).extracting(Script::version,
                Script::script).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("1", "V1__first.sql"),
                        org.assertj.core.groups.Tuple.tuple("2.1", "deeper/V2_1__second.sql")));
        // Flyway's checksum ignores line breaks and the byte-order mark.
        int unix = AppliedMigrations.checksum(new ByteArrayInputStream(
                "CREATE TABLE a (id INT);\nCREATE TABLE b (id INT);".getBytes(StandardCharsets.UTF_8)));
        assertThat(fromFolder.get()).extracting(Script::checksum).contains(unix);

        Path jar = dir.resolve("scripts.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(scripts)) {
            for (Path f : files.filter(f -> !f.equals(scripts)).toList()) {
                String name = scripts.relativize(f).toString().replace('\\', '/');
                // With the folder entries, as Maven's jar plugin writes them.
                out.putNextEntry(new JarEntry(Files.isDirectory(f) ? name + "/" : name));
                if (Files.isRegularFile(f)) {
                    out.write(Files.readAllBytes(f));
                }
                out.closeEntry();
            }
        }
        assertThat(scan(jar.toUri().toURL(), "db/x")).isEqualTo(fromFolder);
    }

    @Test
    void aFileThatIsNotAVersionedScriptOrAMissingFolderLeavesTheDecisionToFlyway() throws IOException {
        write("db/x/V1__first.sql", "CREATE TABLE a (id INT);\n");
        write("db/x/R__repeatable.sql", "CREATE VIEW v AS SELECT 1;\n");
        assertThat(scan(scripts.toUri().toURL(), "db/x")).isEmpty();
        assertThat(scan(scripts.toUri().toURL(), "db/none")).isEmpty();
    }

    private void write(String relative, String text) throws IOException {
        Path file = scripts.resolve(relative);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Optional<Set<Script>> scan(URL root, String folder) throws IOException {
        try (var loader = new URLClassLoader(new URL[] {root}, null)) {
            return AppliedMigrations.scan(loader, List.of(folder));
        }
    }

    private static boolean allApplied(Database db, List<String> folders) {
        return allApplied(db, AppliedMigrations.program(folders).orElseThrow());
    }

    private static boolean allApplied(Database db, Set<Script> program) {
        return db.jdbi().withHandle(h -> AppliedMigrations.allApplied(h.getConnection(), Optional.of(program)));
    }

    private List<Path> preUpgradeCopies() throws IOException {
        Path folder = dir.resolve(Database.BACKUP_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(Database.PRE_UPGRADE_PREFIX)).toList();
        }
    }
}
