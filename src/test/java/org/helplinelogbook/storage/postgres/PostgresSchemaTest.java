package org.helplinelogbook.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.StorageException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

@ExtendWith(PostgresServer.class)
class PostgresSchemaTest {

    @TempDir
    Path dir;

    @Test
    void theSameMigrationsGiveTheSameTablesAndColumnsOnH2AndPostgres(PostgresServer server) {
        var logbook = server.newLogbook(1);
        Map<String, TreeSet<String>> pg;
        try (var db = Database.openPostgres(logbook.owner(), logbook.ownerPassword())) {
            pg = columns(db.jdbi());
        }
        Map<String, TreeSet<String>> h2;
        try (var db = Database.openH2(dir, DataKey.generate(), true)) {
            h2 = columns(db.jdbi());
        }
        assertThat(pg).containsKeys("contact", "audit_entry", "key_slot", "contact_change");
        assertThat(pg).isEqualTo(h2);
    }

    @Test
    void aDeskRoleOpensTheMigratedLogbookButCannotRewriteTheAuditLog(PostgresServer server) {
        var logbook = server.newLogbook(1);
        Database.openPostgres(logbook.owner(), logbook.ownerPassword()).close();
        try (var db = Database.openPostgres(logbook.desk(0).profile(), logbook.desk(0).password())) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO audit_entry (seq, logged_at, action, mac)"
                    + " VALUES (1, CURRENT_TIMESTAMP, 'x', 'y')"));
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET action = 'z'")))
                    .hasStackTraceContaining("append-only");
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DELETE FROM audit_entry")))
                    .hasStackTraceContaining("append-only");
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DROP TRIGGER audit_entry_append_only ON audit_entry")))
                    .isNotNull();
        }
    }

    @Test
    void aServerCertificateNotSignedByTheOfficeCaIsRefused(PostgresServer server) {
        var logbook = server.newLogbook(1);
        var desk = logbook.desk(0);
        var wrongCa = new ConnectionProfile("localhost", server.port(), logbook.database(), desk.profile().user(),
                server.otherCaCertificate());
        assertThatThrownBy(() -> Database.openPostgres(wrongCa, desk.password()))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.kind()).isEqualTo(StorageException.Kind.REFUSED))
                .hasMessageContaining("certificate");
    }

    @Test
    void aCertificateThatDoesNotNameTheHostIsRefused(PostgresServer server) {
        var logbook = server.newLogbook(1);
        var desk = logbook.desk(0);
        // The certificate names localhost and 127.0.0.1, not 127.0.0.2 (which also reaches this machine).
        var otherName = new ConnectionProfile("127.0.0.2", server.port(), logbook.database(), desk.profile().user(),
                server.caCertificate());
        assertThatThrownBy(() -> Database.openPostgres(otherName, desk.password()))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutEchoingIt(PostgresServer server) {
        var logbook = server.newLogbook(1);
        Database.openPostgres(logbook.owner(), logbook.ownerPassword()).close();
        assertThatThrownBy(() -> Database.openPostgres(logbook.desk(0).profile(), "not-the-password-123".toCharArray()))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.kind()).isEqualTo(StorageException.Kind.REFUSED))
                .message().doesNotContain("not-the-password-123");
    }

    @Test
    void theServerRefusesConnectionsWithoutTls(PostgresServer server) {
        var logbook = server.newLogbook(1);
        var ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + logbook.database());
        ds.setUser(logbook.desk(0).profile().user());
        ds.setPassword(new String(logbook.desk(0).password()));
        ds.setSslMode("disable");
        assertThatThrownBy(ds::getConnection).hasMessageContaining("no encryption");
    }

    @Test
    void aProfileAskingForLessThanVerifyFullIsRefused() throws Exception {
        assertThatThrownBy(() -> ConnectionProfile.parseUrl(
                "postgresql://desk1@server.example:5432/logbook?sslmode=require&sslrootcert=/tmp/ca.crt"))
                .hasMessageContaining("verify-full");
        Path file = dir.resolve("server.json");
        Files.writeString(file, "{\"host\":\"h\",\"port\":5432,\"database\":\"d\",\"user\":\"u\",\"sslmode\":\"prefer\","
                + "\"sslrootcert\":\"/x\"}");
        assertThatThrownBy(() -> ConnectionProfile.load(file)).hasMessageContaining("verify-full");
        assertThatThrownBy(() -> ConnectionProfile.parseUrl("postgresql://desk1:secret@h/logbook?sslrootcert=/x"))
                .hasMessageContaining("must not contain a password");
        var ok = ConnectionProfile.parseUrl("postgresql://desk1@server.example:6543/logbook?sslrootcert=/tmp/ca.crt");
        assertThat(ok.port()).isEqualTo(6543);
        assertThat(ok.user()).isEqualTo("desk1");
        ok.saveTo(dir);
        assertThat(ConnectionProfile.load(dir.resolve(ConnectionProfile.FILE_NAME))).isEqualTo(ok);
    }

    static Map<String, TreeSet<String>> columns(Jdbi jdbi) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT c.table_name, c.column_name FROM information_schema.columns c"
                        + " JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema"
                        + " WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'"
                        + " AND LOWER(c.table_name) <> 'flyway_schema_history'")
                .map((rs, ctx) -> Map.entry(rs.getString(1).toLowerCase(), rs.getString(2).toLowerCase()))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new TreeSet<>()).add(e.getValue())));
        return out;
    }
}
