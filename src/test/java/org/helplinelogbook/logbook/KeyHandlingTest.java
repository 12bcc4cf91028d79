package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unlocking: wrong secrets fail cleanly and leave the database untouched; the recovery key opens it. */
class KeyHandlingTest {

    static final char[] PASSWORD = "manager password 1".toCharArray();

    @TempDir
    Path dir;

    String recoveryKey;

    @BeforeEach
    void create() {
        var created = LogbookSetup.create(dir, "manager1", PASSWORD.clone(), ZoneId.of("Europe/London"));
        recoveryKey = created.recoveryKey();
        try (Logbook logbook = created.logbook()) {
            logbook.contacts().save(new ContactDraft(LocalDateTime.of(2026, 10, 3, 14, 5), 600, "phone", "at_risk",
                    List.of("indecent_images"), List.of("information_given"), "police", "a note", null));
        }
    }

    @Test
    void wrongPasswordFailsAndLeavesTheDatabaseByteIdentical() throws Exception {
        byte[] before = Files.readAllBytes(Database.h2File(dir));
        assertThatThrownBy(() -> LogbookOpening.open(dir, "manager1", "wrong password 1".toCharArray()))
                .isInstanceOf(LogbookException.class)
                .hasMessage("The username or password is not right.");
        assertThat(Files.readAllBytes(Database.h2File(dir))).isEqualTo(before);
    }

    @Test
    void aFlippedByteInTheKeySlotFailsCleanlyAndLeavesTheDatabaseByteIdentical() throws Exception {
        Path slots = dir.resolve(KeySlotFile.FILE_NAME);
        byte[] original = Files.readAllBytes(slots);
        byte[] db = Files.readAllBytes(Database.h2File(dir));
        String json = new String(original, java.nio.charset.StandardCharsets.UTF_8);
        int slotStart = json.indexOf("{\"kind\":\"password\"");
        int slotEnd = json.indexOf("{\"kind\":\"recovery\"");
        assertThat(slotStart).isPositive();
        for (int i = slotStart; i < slotEnd; i += 3) {
            byte[] flipped = original.clone();
            flipped[i] ^= 0x01;
            Files.write(slots, flipped);
            assertThatThrownBy(() -> LogbookOpening.open(dir, "manager1", PASSWORD.clone()).close())
                    .as("byte %d", i)
                    .isInstanceOf(LogbookException.class);
            assertThat(Files.readAllBytes(Database.h2File(dir))).as("byte %d", i).isEqualTo(db);
        }
        for (int i = slotEnd; i < json.indexOf("\"auditAnchor\""); i += 7) {
            byte[] flipped = original.clone();
            flipped[i] ^= 0x01;
            Files.write(slots, flipped);
            assertThatThrownBy(() -> LogbookOpening.openWithRecoveryKey(dir, recoveryKey).close()).as("byte %d", i)
                    .isInstanceOf(LogbookException.class);
        }
        Files.write(slots, original);
        assertThat(Files.readAllBytes(Database.h2File(dir))).isEqualTo(db);
        LogbookOpening.open(dir, "manager1", PASSWORD.clone()).close();
    }

    @Test
    void anEditedAuditAnchorIsReportedByVerification() throws Exception {
        Path slots = dir.resolve(KeySlotFile.FILE_NAME);
        String json = Files.readString(slots);
        int mac = json.indexOf("\"mac\":\"") + 7;
        char c = json.charAt(mac);
        Files.writeString(slots, json.substring(0, mac) + (c == 'a' ? 'b' : 'a') + json.substring(mac + 1));
        try (Logbook logbook = LogbookOpening.open(dir, "manager1", PASSWORD.clone())) {
            assertThat(logbook.verification().verifyAudit()).anyMatch(p -> p.contains("anchor"));
        }
    }

    @Test
    void theRecoveryKeyOpensTheLogbook() {
        try (Logbook logbook = LogbookOpening.openWithRecoveryKey(dir, recoveryKey.toLowerCase().replace("-", " "))) {
            assertThat(logbook.actor().isManager()).isTrue();
            assertThat(logbook.contacts().count(ContactFilter.ALL)).isEqualTo(1);
        }
    }

    @Test
    void aWrongRecoveryKeyFails() {
        String wrong = (recoveryKey.charAt(0) == 'A' ? "B" : "A") + recoveryKey.substring(1);
        assertThatThrownBy(() -> LogbookOpening.openWithRecoveryKey(dir, wrong)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aClosedLogbookWipesItsKeyAndReleasesTheLock() {
        Logbook logbook = LogbookOpening.open(dir, "manager1", PASSWORD.clone());
        logbook.close();
        assertThat(logbook.key().isDestroyed()).isTrue();
        assertThatThrownBy(logbook::store).isInstanceOf(LogbookException.class);
        LogbookOpening.open(dir, "manager1", PASSWORD.clone()).close();
    }
}
