package org.helplinelogbook.storage.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.logbook.Logbook;
import org.helplinelogbook.logbook.LogbookException;
import org.helplinelogbook.logbook.NoteAttacker;
import org.helplinelogbook.logbook.ReadingKeysForTests;
import org.helplinelogbook.security.CallerCodes;
import org.helplinelogbook.security.KeySlotFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 on the shared PostgreSQL logbook: a worker with their password, their desk's database password and the
 * app's classes reads only their own note of today (and not after the day is over), a manager and the recovery key
 * read all, a disabled worker's old slot reads nothing, and the stored codewords match no word list hashed at HMAC
 * speed; and an older shared logbook is upgraded without loss, also when killed half-way.
 */
@ExtendWith(PostgresServer.class)
class SharedNoteReadingKeysTest {

    static final char[] W1 = "worker password 1".toCharArray();
    static final char[] W2 = "worker password 2".toCharArray();

    @TempDir
    Path dir;

    static ContactDraft draft(String notes, String code) {
        var d = new ContactDraft(java.time.LocalDateTime.now(SharedFixture.ZONE).withNano(0), 300, "phone", "at_risk",
                List.of("sexual_thoughts"), List.of("concerns_clarified"), "police", notes, code);
        return d;
    }

    @Test
    void aWorkersPasswordOpensOnlyTheirOwnNoteAndDisabledSlotsOpenNothing(PostgresServer pg) {
        var shared = new SharedFixture(pg, dir, 2);
        try (Logbook manager = shared.open(0)) {
            manager.accounts().add("worker1", Role.WORKER, W1);
            manager.accounts().add("worker2", Role.WORKER, W2);
            manager.contacts().save(draft("manager's note", "sunflower"));
        }
        try (Logbook w2 = shared.open(1, "worker2", W2)) {
            w2.contacts().save(draft("worker two's note", "rainbow42"));
        }
        try (Logbook w1 = shared.open(0, "worker1", W1)) {
            w1.contacts().save(draft("worker one's note", "tiger"));
        }
        var desk1 = shared.server.desk(1);
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), "worker1", W1))
                .containsExactly("worker one's note");
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), SharedFixture.MANAGER,
                SharedFixture.MANAGER_PASSWORD)).containsExactlyInAnyOrder("manager's note", "worker one's note",
                "worker two's note");
        // The printed recovery key holds the managers' key too.
        assertThat(NoteAttacker.readableNotesWithRecoveryKey(desk1.profile(), desk1.password(), shared.recoveryKey))
                .containsExactlyInAnyOrder("manager's note", "worker one's note", "worker two's note");

        List<String> wordList = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            wordList.add("word" + i);
        }
        wordList.addAll(List.of("sunflower", "rainbow42", "tiger"));
        assertThat(NoteAttacker.codewordsFound(desk1.profile(), desk1.password(), "worker1", W1, wordList)).isZero();

        KeySlotFile before = NoteAttacker.serverSlots(desk1.profile(), desk1.password());
        try (Logbook manager = shared.open(0)) {
            manager.accounts().disable("worker2");
        }
        assertThatThrownBy(() -> shared.open(1, "worker2", W2)).isInstanceOf(LogbookException.class);
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), before, "worker2", W2)).isEmpty();
    }

    @Test
    void onceTheDayIsOverAWorkersOwnNoteNoLongerOpens(PostgresServer pg) {
        var shared = new SharedFixture(pg, dir, 2);
        try (Logbook manager = shared.open(0)) {
            manager.accounts().add("worker1", Role.WORKER, W1);
        }
        try (Logbook w1 = shared.open(1, "worker1", W1)) {
            w1.contacts().save(draft("worker one's note of today", null));
        }
        var desk1 = shared.server.desk(1);
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), "worker1", W1))
                .containsExactly("worker one's note of today");
        try (Logbook manager = shared.open(0)) {
            assertThat(ReadingKeysForTests.endTheDay(manager)).isEqualTo(1); // as tomorrow's first sign-in does
        }
        assertThat(pg.psql(shared.server.database(), "SELECT COUNT(*) FROM author_key WHERE wrapped_key IS NOT NULL")
                .strip()).isEqualTo("0");
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), "worker1", W1)).isEmpty();
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), SharedFixture.MANAGER,
                SharedFixture.MANAGER_PASSWORD)).containsExactly("worker one's note of today");
    }

    /**
     * A shared logbook as the release before reading keys left it (slots without note keys, no published key,
     * notes sealed under the month key alone, which every worker's data key opens) is upgraded at the first manager
     * sign-in: a key pair is made and published under the server lock, every note re-sealed for managers only with
     * progress, nothing lost; the worker's password then opens none of them, and the worker's next note is sealed to
     * the new pair.
     */
    @Test
    void anOlderSharedLogbookIsUpgradedAtTheFirstManagerSignIn(PostgresServer pg) {
        var shared = new SharedFixture(pg, dir, 2);
        asBeforeReadingKeys(pg, shared);
        String db = shared.server.database();
        List<String> written = new ArrayList<>();
        List<String> codes = List.of("apple", "pear", "apple", "fig", "apple");
        try (Logbook w1 = shared.open(1, "worker1", W1)) {
            for (int i = 0; i < 5; i++) {
                written.add("older note " + i);
                var d = SharedFixture.draft(i, "older note " + i);
                w1.contacts().save(new ContactDraft(d.startedAt(), d.durationSeconds(), d.channel(), d.callerType(),
                        d.topics(), d.outcomes(), d.source(), d.notes(), codes.get(i)));
            }
            // And the codewords as the release before the slow hash stored them: the keyed hash alone.
            ReadingKeysForTests.codewordsAsBeforeSlowHash(w1, List.of("apple", "pear", "fig"));
        }
        assertThat(pg.psql(db, "SELECT COUNT(*) FROM contact WHERE notes_scheme = 1").strip()).isEqualTo("5");
        assertThat(storedCodewords(pg, db)).hasSize(5).allMatch(CallerCodes::isLegacy);
        var desk1 = shared.server.desk(1);
        // Before the upgrade, the data key alone opens them: the weakness issue 20 found.
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), "worker1", W1))
                .containsExactlyInAnyOrderElementsOf(written);

        List<org.helplinelogbook.logbook.NoteUpgrade.Progress> progress = new ArrayList<>();
        try (Logbook manager = shared.open(0)) {
            assertThat(manager.accounts().readsAllNotes()).isTrue(); // the pair was made at this sign-in
            assertThat(manager.noteUpgrade().remaining()).isEqualTo(5);
            // (The one warning a new shared logbook gives is the server backup reminder; none about the notes.)
            assertThat(manager.housekeeping().atSignIn(progress::add))
                    .noneMatch(w -> w.contains("notes"));
            assertThat(manager.noteUpgrade().remaining()).isZero();
            assertThat(manager.contacts().page(org.helplinelogbook.domain.ContactFilter.ALL, null, 10).contacts())
                    .extracting(c -> c.notes()).containsExactlyInAnyOrderElementsOf(written);
            assertThat(manager.verification().verifyAudit()).isEmpty();
        }
        // The codewords were moved to the slow hash without knowing them, and still link the same contacts.
        assertThat(storedCodewords(pg, db)).hasSize(5).noneMatch(CallerCodes::isLegacy);
        assertThat(new java.util.HashSet<>(storedCodewords(pg, db))).hasSize(3);
        try (Logbook manager = shared.open(1)) {
            assertThat(manager.contacts().earlierContactsWithCode("apple")).isEqualTo(3);
            assertThat(manager.contacts().earlierContactsWithCode("fig")).isEqualTo(1);
        }
        assertThat(progress).first().isEqualTo(new org.helplinelogbook.logbook.NoteUpgrade.Progress(0, 5));
        assertThat(progress).last().isEqualTo(new org.helplinelogbook.logbook.NoteUpgrade.Progress(5, 5));
        assertThat(pg.psql(db, "SELECT COUNT(*) FROM contact WHERE notes_scheme = 1").strip()).isEqualTo("0");
        assertThat(pg.psql(db, "SELECT COUNT(*) FROM setting WHERE name = 'notes_public_key'").strip())
                .isEqualTo("1");
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), "worker1", W1)).isEmpty();
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), SharedFixture.MANAGER,
                SharedFixture.MANAGER_PASSWORD)).containsExactlyInAnyOrderElementsOf(written);

        try (Logbook w1 = shared.open(1, "worker1", W1)) { // takes the published key into the slot
            w1.contacts().save(draft("worker one's note after the upgrade", null));
        }
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), "worker1", W1))
                .containsExactly("worker one's note after the upgrade");
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), SharedFixture.MANAGER,
                SharedFixture.MANAGER_PASSWORD)).contains("worker one's note after the upgrade").hasSize(6);
    }

    static List<String> storedCodewords(PostgresServer pg, String db) {
        return pg.psql(db, "SELECT caller_code_hash FROM contact WHERE caller_code_hash IS NOT NULL").strip().lines()
                .toList();
    }

    /** Slots without note keys and no published key, as the release before reading keys left a shared logbook. */
    static void asBeforeReadingKeys(PostgresServer pg, SharedFixture shared) {
        try (Logbook manager = shared.open(0)) {
            manager.accounts().add("worker1", Role.WORKER, W1);
            ReadingKeysForTests.slotsAsBeforeReadingKeys(manager, java.util.Map.of(SharedFixture.MANAGER,
                    SharedFixture.MANAGER_PASSWORD, "worker1", W1));
        }
        pg.psql(shared.server.database(), "DELETE FROM setting WHERE name = 'notes_public_key'",
                "DELETE FROM author_key");
    }

    /**
     * The upgrade's crash safety on the server: the first manager sign-in is killed (SIGKILL) half-way through the
     * re-seal; every note still opens for a manager, in one scheme or the other, and the next sign-in finishes.
     */
    @Test
    void aKillHalfWayThroughTheUpgradeLosesNoNoteAndTheNextSignInFinishes(PostgresServer pg) throws Exception {
        var shared = new SharedFixture(pg, dir, 2);
        asBeforeReadingKeys(pg, shared);
        String db = shared.server.database();
        List<String> written = new ArrayList<>();
        try (Logbook w1 = shared.open(1, "worker1", W1)) {
            for (int i = 0; i < 30; i++) {
                written.add("older note " + i);
                w1.contacts().save(SharedFixture.draft(i, "older note " + i));
            }
        }
        assertThat(pg.psql(db, "SELECT COUNT(*) FROM contact WHERE notes_scheme = 1").strip()).isEqualTo("30");

        String classPath = System.getProperty("surefire.test.class.path");
        if (classPath == null || classPath.isBlank()) {
            classPath = System.getProperty("java.class.path");
        }
        Process child = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-D" + org.helplinelogbook.security.Argon2Params.FAST_PROPERTY + "=true",
                "-cp", classPath, org.helplinelogbook.logbook.NoteUpgradeChild.class.getName(),
                shared.deskDirs[0].toString(), SharedFixture.MANAGER, new String(SharedFixture.MANAGER_PASSWORD),
                new String(shared.server.desk(0).password()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("done=10")) {
                assertThat(line).doesNotContain("finished");
            }
            assertThat(line).isEqualTo("done=10");
            child.destroyForcibly(); // SIGKILL: the server rolls back whatever the desk had open
            assertThat(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        long left = Long.parseLong(pg.psql(db, "SELECT COUNT(*) FROM contact WHERE notes_scheme = 1").strip());
        assertThat(left).isBetween(1L, 20L); // half-way: some notes in each scheme
        var desk1 = shared.server.desk(1);
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), SharedFixture.MANAGER,
                SharedFixture.MANAGER_PASSWORD)).containsExactlyInAnyOrderElementsOf(written);
        try (Logbook manager = shared.open(1)) {
            assertThat(manager.noteUpgrade().remaining()).isEqualTo(left);
            assertThat(manager.noteUpgrade().run(p -> { })).isEqualTo(left);
            assertThat(manager.verification().verifyAudit()).isEmpty();
        }
        assertThat(pg.psql(db, "SELECT COUNT(*) FROM contact WHERE notes_scheme = 1").strip()).isEqualTo("0");
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), SharedFixture.MANAGER,
                SharedFixture.MANAGER_PASSWORD)).containsExactlyInAnyOrderElementsOf(written);
        assertThat(NoteAttacker.readableNotes(desk1.profile(), desk1.password(), "worker1", W1)).isEmpty();
    }
}
