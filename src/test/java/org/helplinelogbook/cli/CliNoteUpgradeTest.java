package org.helplinelogbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI on a logbook from the release before reading keys (the {@code NoteUpgradeTest} fixture, 30 notes sealed
 * under month keys alone): a manager's first command re-seals them before it runs, and says so on stderr with
 * counts only, while stdout stays the command's own output.
 */
class CliNoteUpgradeTest {

    private static final String PASSWORD = "upgrade test password";
    private static final String CANARY = "ZEBRA-CANARY-7731";

    @TempDir
    Path data;

    @BeforeEach
    void copyFixture() throws Exception {
        for (String file : List.of("logbook.mv.db", "keyslots.json")) {
            try (var in = CliNoteUpgradeTest.class.getResourceAsStream("/previous-release/" + file)) {
                Files.copy(in, data.resolve(file));
            }
        }
    }

    private CliRun.Result managerRuns(String... command) {
        String[] all = new String[command.length + 4];
        System.arraycopy(command, 0, all, 0, command.length);
        all[command.length] = "--data";
        all[command.length + 1] = data.toString();
        all[command.length + 2] = "--user";
        all[command.length + 3] = "manager1";
        return new CliRun().password(PASSWORD).run(all);
    }

    @Test
    void theFirstManagerCommandShowsTheReSealsProgressOnStderr() {
        var first = managerRuns("list", "--count");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().strip()).isEqualTo("30");
        assertThat(first.err().lines().filter(l -> l.contains("sealing older notes")).toList()).containsExactly(
                "helpline-logbook: sealing older notes for managers only: 0 of 30 (0%)",
                "helpline-logbook: sealing older notes for managers only: 30 of 30 (100%), done.");
        assertThat(first.err()).doesNotContain(CANARY).doesNotContain("warning");

        var notes = managerRuns("list", "--notes");
        assertThat(notes.exitCode()).as(notes.err()).isZero();
        assertThat(notes.out()).contains(CANARY); // every note still reads, now under the reading keys
        assertThat(notes.err()).doesNotContain("sealing older notes"); // nothing left: no progress line
    }
}
