package org.helplinelogbook.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.helplinelogbook.cli.CliForTests;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookOpening;
import org.helplinelogbook.logbook.LogbookSetup;
import org.helplinelogbook.logbook.LogbookTestAccess;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresServer.class)
class MigrateToServerTest {

    static final String MANAGER_PASSWORD = "manager password 1";
    static final String WORKER_PASSWORD = "worker password 1";
    static final String CODE = "blue kite";

    @TempDir
    Path dir;

    @Test
    void copiesEverythingChecksItAndLeavesTheOriginalByteIdentical(PostgresServer pg) throws Exception {
        Path single = dir.resolve("single");
        String recoveryKey;
        List<Contact> before;
        long auditBefore;
        try (Logbook lb = singleDesk(single)) {
            recoveryKey = lastRecoveryKey;
            before = all(lb);
            auditBefore = LogbookTestAccess.store(lb).read(r -> r.audit().all()).size();
        }
        byte[] fileBefore = Files.readAllBytes(Database.h2File(single));
        byte[] slotsBefore = Files.readAllBytes(single.resolve(KeySlotFile.FILE_NAME));
        var server = pg.newLogbook(2);

        var result = migrate(single, "manager1", MANAGER_PASSWORD, server, "--server", url(server.owner()));

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("contact: 30 rows", "audit_entry: " + auditBefore + " rows",
                "Audit chain verifies on the server", "join --data");
        assertThat(Files.readAllBytes(Database.h2File(single))).isEqualTo(fileBefore);
        assertThat(Files.readAllBytes(single.resolve(KeySlotFile.FILE_NAME))).isEqualTo(slotsBefore);
        assertThat(result.out() + result.err()).doesNotContain("Note number", MANAGER_PASSWORD, CODE);

        Path desk = dir.resolve("desk");
        LogbookSetup.joinShared(desk, server.desk(0).profile(), server.desk(0).password());
        try (Logbook a = LogbookOpening.open(desk, "manager1", MANAGER_PASSWORD.toCharArray(), server.desk(0).password())) {
            assertThat(a.isShared()).isTrue();
            assertThat(a.verification().verifyAudit()).isEmpty();
            List<Contact> after = all(a);
            assertThat(after).hasSize(before.size());
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).id()).isEqualTo(before.get(i).id());
                assertThat(after.get(i).notes()).isEqualTo(before.get(i).notes());
                assertThat(after.get(i).topics()).isEqualTo(before.get(i).topics());
                assertThat(after.get(i).version()).isEqualTo(before.get(i).version());
                assertThat(after.get(i).hasCallerCode()).isEqualTo(before.get(i).hasCallerCode());
            }
            assertThat(a.contacts().earlierContactsWithCode(CODE)).isEqualTo(3);
            assertThat(LogbookTestAccess.store(a).read(r -> r.audit().all()).get((int) auditBefore).action()).isEqualTo("migrated_to_server");
            // The identity sequences continue after the copied ids.
            a.accounts().add("worker2", Role.WORKER, WORKER_PASSWORD.toCharArray());
            a.contacts().save(SharedFixture.draft(3, "a new note"));
            assertThat(a.verification().verifyAudit()).isEmpty();
        }
        // Existing passwords work on the server; so does the worker's draft.
        try (Logbook w = LogbookOpening.open(desk, "worker1", WORKER_PASSWORD.toCharArray(), server.desk(0).password())) {
            assertThat(w.contacts().loadDraft()).contains("draft form");
        }
        // And the printed recovery key opens the key slots now kept on the server.
        String json = pg.psql(server.database(), "SELECT slots_json FROM key_slot").strip();
        KeySlotFile onServer = KeySlotFile.fromJson(json.getBytes(StandardCharsets.UTF_8), readOnly());
        onServer.unlockWithRecoveryKey(recoveryKey).destroy();
        assertThat(onServer.auditAnchor()).isEmpty();
    }

    @Test
    void refusesATargetThatAlreadyHoldsALogbookAndAWorker(PostgresServer pg) throws Exception {
        Path single = dir.resolve("single");
        singleDesk(single).close();
        var server = pg.newLogbook(1);
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile);
        server.owner().saveTo(profile);

        var worker = migrate(single, "worker1", WORKER_PASSWORD, server, "--server-profile",
                profile.resolve(ConnectionProfile.FILE_NAME).toString());
        assertThat(worker.exitCode()).isEqualTo(3);
        assertThat(worker.err()).contains("Only a manager");

        var wrong = migrate(single, "manager1", "not the password!", server, "--server", url(server.owner()));
        assertThat(wrong.exitCode()).isEqualTo(3);

        assertThat(migrate(single, "manager1", MANAGER_PASSWORD, server, "--server-profile",
                profile.resolve(ConnectionProfile.FILE_NAME).toString()).exitCode()).isZero();
        long audit = Long.parseLong(pg.psql(server.database(), "SELECT COUNT(*) FROM audit_entry").strip());

        var again = migrate(single, "manager1", MANAGER_PASSWORD, server, "--server", url(server.owner()));
        assertThat(again.exitCode()).isEqualTo(5);
        assertThat(again.err()).contains("already holds a logbook");
        assertThat(Long.parseLong(pg.psql(server.database(), "SELECT COUNT(*) FROM audit_entry").strip())).isEqualTo(audit);
    }

    private String lastRecoveryKey;

    /** A single-desk logbook with a worker, 30 contacts (10 with notes, 3 with the same codeword) and a draft. */
    private Logbook singleDesk(Path single) {
        var created = LogbookSetup.create(single, "manager1", MANAGER_PASSWORD.toCharArray(), ZoneId.of("Europe/London"));
        lastRecoveryKey = created.recoveryKey();
        Logbook lb = created.logbook();
        lb.accounts().add("worker1", Role.WORKER, WORKER_PASSWORD.toCharArray());
        LocalDateTime start = LocalDateTime.of(2026, 3, 29, 0, 30); // across the clocks going forward
        for (int i = 0; i < 30; i++) {
            var d = SharedFixture.draft(i, i % 3 == 0 ? "Note number " + i : null);
            lb.contacts().save(new ContactDraft(start.plusMinutes(7L * i), d.durationSeconds(), d.channel(),
                    d.callerType(), d.topics(), d.outcomes(), d.source(), d.notes(), i < 3 ? CODE : null));
        }
        var first = all(lb).get(0);
        lb.contacts().update(first.id(), first.version(), SharedFixture.draft(1, "Edited note"));
        lb.close();
        try (Logbook w = LogbookOpening.open(single, "worker1", WORKER_PASSWORD.toCharArray())) {
            w.contacts().saveDraft("draft form");
        }
        return LogbookOpening.open(single, "manager1", MANAGER_PASSWORD.toCharArray());
    }

    private static List<Contact> all(Logbook lb) {
        List<Contact> out = new ArrayList<>();
        var page = lb.contacts().page(ContactFilter.ALL, null, 1000);
        out.addAll(page.contacts());
        return out;
    }

    private static CliForTests.Result migrate(Path single, String user, String password, PostgresServer.Logbook server,
            String... target) {
        List<String> args = new ArrayList<>(List.of("migrate-to-server", "--data", single.toString(), "--user", user));
        args.addAll(List.of(target));
        return CliForTests.run(Map.of("LOGBOOK_PASSWORD", password, "LOGBOOK_DB_PASSWORD",
                new String(server.ownerPassword())), args.toArray(String[]::new));
    }

    static String url(ConnectionProfile p) {
        return "postgresql://" + p.user() + "@" + p.host() + ":" + p.port() + "/" + p.database()
                + "?sslmode=verify-full&sslrootcert=" + p.caCertificate();
    }

    private static KeySlotFile.Storage readOnly() {
        return new KeySlotFile.Storage() {
            @Override
            public void write(byte[] json) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String describe() {
                return "test";
            }
        };
    }
}
