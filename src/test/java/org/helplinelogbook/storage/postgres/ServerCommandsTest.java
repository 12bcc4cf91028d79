package org.helplinelogbook.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.helplinelogbook.cli.CliForTests;
import org.helplinelogbook.storage.ConnectionProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The smaller points an office met when following docs/several-desks.md from scratch. */
@ExtendWith(PostgresServer.class)
class ServerCommandsTest {

    @TempDir
    Path dir;

    @Test
    void initOnTheServerSaysTheLogbookIsOnTheServer(PostgresServer pg) {
        var server = pg.newLogbook(1);
        var init = CliForTests.run(Map.of("LOGBOOK_PASSWORD", "manager password 1", "LOGBOOK_DB_PASSWORD",
                new String(server.ownerPassword())), "init", "--data", dir.resolve("setup").toString(), "--user",
                "manager1", "--server", MigrateToServerTest.url(server.owner()));
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Shared logbook created on the server at " + server.owner().describe())
                .contains("holds only its connection profile").doesNotContain("Logbook created in");
    }

    @Test
    void aWrongHostNameGivesOneCalmLineAndNothingElse(PostgresServer pg) {
        var server = pg.newLogbook(1);
        var p = server.desk(0).profile();
        String url = MigrateToServerTest.url(new ConnectionProfile("no-such-host.invalid", p.port(), p.database(),
                p.user(), p.caCertificate()));
        PrintStream before = System.err;
        var captured = new ByteArrayOutputStream();
        CliForTests.Result joined;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            joined = CliForTests.run(Map.of("LOGBOOK_DB_PASSWORD", new String(server.desk(0).password())), "join",
                    "--data", dir.resolve("desk").toString(), "--server", url);
        } finally {
            System.setErr(before);
        }
        assertThat(joined.exitCode()).isNotZero();
        assertThat(joined.err().strip().lines()).hasSize(1);
        assertThat(joined.err()).contains("cannot be reached");
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("SEVERE").doesNotContain("org.postgresql");
    }

    @Test
    void aWeakerSslModeInADesksSavedProfileIsRefusedWithExitFourLikeJoin(PostgresServer pg) throws Exception {
        var shared = new SharedFixture(pg, dir, 1);
        Path profile = shared.deskDirs[0].resolve(ConnectionProfile.FILE_NAME);
        Files.writeString(profile, Files.readString(profile).replace("verify-full", "require"));
        var listed = CliForTests.run(Map.of("LOGBOOK_PASSWORD", new String(SharedFixture.MANAGER_PASSWORD)), "list",
                "--data", shared.deskDirs[0].toString(), "--user", SharedFixture.MANAGER);
        assertThat(listed.exitCode()).isEqualTo(4);
        assertThat(listed.err()).contains("sslmode=require").contains("only connects with sslmode=verify-full");
        var joined = CliForTests.run(Map.of("LOGBOOK_DB_PASSWORD", "x"), "join", "--data",
                dir.resolve("other").toString(), "--server",
                MigrateToServerTest.url(shared.server.desk(0).profile()).replace("verify-full", "require"));
        assertThat(joined.exitCode()).isEqualTo(4);
    }
}
