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
import org.helplinelogbook.security.KeySlotFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 on the shared PostgreSQL logbook: a worker with their password, their desk's database password and the
 * app's classes reads only their own note of today, a manager reads all, a disabled worker's old slot reads
 * nothing, and the stored codewords match no word list hashed at HMAC speed.
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
}
