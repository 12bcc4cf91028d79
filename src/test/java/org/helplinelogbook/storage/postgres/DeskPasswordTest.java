package org.helplinelogbook.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.helplinelogbook.cli.CliForTests;
import org.helplinelogbook.logbook.DataFolder;
import org.helplinelogbook.logbook.DeskPasswordNeededException;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.security.DeskPasswordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk's database password is asked once, when the desk joins, and kept for it (here, with no system credential
 * store, in a file only the desk's user can read); staff then sign in with their own password only.
 */
@ExtendWith(PostgresServer.class)
class DeskPasswordTest {

    @TempDir
    Path dir;

    @Test
    void joinKeepsThePasswordPrivatelyAndSignInNeedsOnlyTheStaffPassword(PostgresServer pg) throws Exception {
        var server = pg.newLogbook(1);
        LogbookSetup.createShared(dir.resolve("setup"), server.owner(), server.ownerPassword(), SharedFixture.MANAGER,
                SharedFixture.MANAGER_PASSWORD, SharedFixture.ZONE).logbook().close();
        Path desk = dir.resolve("desk");
        String dbPassword = new String(server.desk(0).password());
        var joined = CliForTests.run(Map.of("LOGBOOK_DB_PASSWORD", dbPassword), "join", "--data", desk.toString(),
                "--server", MigrateToServerTest.url(server.desk(0).profile()));
        assertThat(joined.exitCode()).as(joined.err()).isZero();
        Path kept = desk.resolve(DeskPasswordStore.FILE_NAME);
        assertThat(joined.out()).contains("kept for this desk in " + kept);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        assertThat(joined.out() + joined.err()).doesNotContain(dbPassword);

        // No LOGBOOK_DB_PASSWORD now: the kept one is used.
        var listed = CliForTests.run(Map.of("LOGBOOK_PASSWORD", new String(SharedFixture.MANAGER_PASSWORD)), "list",
                "--data", desk.toString(), "--user", SharedFixture.MANAGER);
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        LogbookOpening.open(desk, SharedFixture.MANAGER, SharedFixture.MANAGER_PASSWORD, null).close();
        assertThat(DataFolder.deskPasswordKept(desk)).isTrue();

        // The server's administrator changes the desk role's password: the sign-in says so and asks.
        pg.psql("postgres", "ALTER ROLE " + server.desk(0).profile().user() + " PASSWORD 'a new desk password 7'");
        assertThatThrownBy(() -> LogbookOpening.open(desk, SharedFixture.MANAGER, SharedFixture.MANAGER_PASSWORD, null))
                .isInstanceOf(DeskPasswordNeededException.class).hasMessageContaining("refused")
                .hasMessageNotContaining(dbPassword);
        LogbookOpening.open(desk, SharedFixture.MANAGER, SharedFixture.MANAGER_PASSWORD,
                "a new desk password 7".toCharArray()).close();
        // ... and keeps the one that worked.
        LogbookOpening.open(desk, SharedFixture.MANAGER, SharedFixture.MANAGER_PASSWORD, null).close();
        assertThat(Files.readString(kept, StandardCharsets.UTF_8)).isEqualTo("a new desk password 7");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");

        Files.delete(kept);
        assertThat(DataFolder.deskPasswordKept(desk)).isFalse();
        assertThatThrownBy(() -> LogbookOpening.open(desk, SharedFixture.MANAGER, SharedFixture.MANAGER_PASSWORD, null))
                .isInstanceOf(DeskPasswordNeededException.class).hasMessageContaining("no database password kept");

        // Nowhere else in the desk's folder (logs, profile, anchor) does a password appear.
        try (Stream<Path> files = Files.walk(desk)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(text).as(f.toString()).doesNotContain(dbPassword).doesNotContain("a new desk password 7");
            }
        }
    }
}
