package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.security.Argon2Params;
import org.helplinelogbook.security.KeySlotFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logbook from the release before reading keys (the {@link SchemaUpgradeTest} fixture: its 30 notes sealed under
 * month keys alone, its slots without note keys) is upgraded at the first manager sign-in: the managers' key pair is
 * made, every note re-sealed for managers only, with progress, and a kill half-way loses nothing.
 */
class NoteUpgradeTest {

    private static final char[] PASSWORD = "upgrade test password".toCharArray();
    private static final String CANARY = "ZEBRA-CANARY-7731";

    @TempDir
    Path dir;

    List<UUID> ids;

    @BeforeEach
    void copyFixture() throws Exception {
        for (String file : List.of("logbook.mv.db", "keyslots.json")) {
            try (var in = NoteUpgradeTest.class.getResourceAsStream("/previous-release/" + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        try (var in = NoteUpgradeTest.class.getResourceAsStream("/previous-release/ids.txt")) {
            ids = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(UUID::fromString).toList();
        }
    }

    void assertEveryNoteReadsWithTheCanary(Logbook manager) {
        for (UUID id : ids) {
            assertThat(manager.contacts().find(id).orElseThrow().notes()).contains(CANARY);
        }
    }

    @Test
    void theFirstManagerSignInReSealsEveryNoteForManagersOnly() {
        List<NoteUpgrade.Progress> progress = new ArrayList<>();
        try (Logbook manager = LogbookOpening.open(dir, "manager1", PASSWORD.clone())) {
            assertThat(manager.accounts().readsAllNotes()).isTrue(); // the key pair was made at this sign-in
            assertThat(manager.noteUpgrade().remaining()).isEqualTo(30);
            assertThat(manager.housekeeping().atSignIn()).isEmpty();
            assertThat(manager.noteUpgrade().remaining()).isZero();
            assertEveryNoteReadsWithTheCanary(manager);
            assertThat(manager.verification().verifyAudit()).isEmpty();
            manager.accounts().add("worker1", Role.WORKER, "worker password 1".toCharArray());
            assertThat(manager.noteUpgrade().run(progress::add)).isZero();
        }
        // The data key every worker holds no longer opens any of them.
        assertThat(NoteAttacker.readableNotes(dir, KeySlotFile.load(dir), "worker1", "worker password 1".toCharArray()))
                .isEmpty();
        assertThat(NoteAttacker.readableNotes(dir, KeySlotFile.load(dir), "manager1", PASSWORD.clone())).hasSize(30);
    }

    @Test
    void aKillHalfWayLeavesEveryNoteReadableAndTheNextSignInFinishes() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path");
        if (classPath == null || classPath.isBlank()) {
            classPath = System.getProperty("java.class.path");
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-D" + Argon2Params.FAST_PROPERTY + "=true", "-cp", classPath,
                NoteUpgradeChild.class.getName(), dir.toString(), "manager1", new String(PASSWORD))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("done=10")) {
                assertThat(line).doesNotContain("finished");
            }
            assertThat(line).isEqualTo("done=10");
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Logbook manager = LogbookOpening.open(dir, "manager1", PASSWORD.clone())) {
            long remaining = manager.noteUpgrade().remaining();
            assertThat(remaining).isBetween(1L, 20L); // half-way: some notes in each scheme
            assertEveryNoteReadsWithTheCanary(manager);
            List<NoteUpgrade.Progress> progress = new ArrayList<>();
            assertThat(manager.noteUpgrade().run(progress::add)).isEqualTo(remaining);
            assertThat(progress).last().isEqualTo(new NoteUpgrade.Progress(remaining, remaining));
            assertThat(manager.noteUpgrade().remaining()).isZero();
            assertEveryNoteReadsWithTheCanary(manager);
            assertThat(manager.verification().verifyAudit()).isEmpty();
        }
    }

    @Test
    void progressIsPassedOnAtTheStartAtEachStepAndAtTheEndOnly() {
        List<NoteUpgrade.Progress> shown = new ArrayList<>();
        var inTens = NoteUpgrade.inSteps(10, shown::add);
        for (long done = 0; done <= 1_234; done += 100) {
            inTens.accept(new NoteUpgrade.Progress(done, 1_234));
        }
        inTens.accept(new NoteUpgrade.Progress(1_234, 1_234));
        inTens.accept(new NoteUpgrade.Progress(1_234, 1_234)); // the end is said once
        assertThat(shown).extracting(NoteUpgrade.Progress::done)
                .containsExactly(0L, 200L, 300L, 400L, 500L, 700L, 800L, 900L, 1_000L, 1_200L, 1_234L);
    }
}
