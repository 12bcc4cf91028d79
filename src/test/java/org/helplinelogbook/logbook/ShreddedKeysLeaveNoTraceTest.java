package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import org.h2.tools.ChangeFileEncryption;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crypto-shredding must not leave the destroyed month key in the logbook file: H2 writes every change to new pages
 * and leaves the old ones in the file's free space, where anyone who can open the file (every staff password opens
 * its key) could read the key back, and with it that month's notes.
 */
class ShreddedKeysLeaveNoTraceTest {

    @TempDir
    Path dir;

    @Test
    void aShreddedMonthKeyIsNotInTheFileAfterTheLogbookCloses() throws Exception {
        Path data = dir.resolve("data");
        YearMonth old = YearMonth.now(SafetyLogbooks.ZONE).minusMonths(20);
        byte[] wrapped;
        try (Logbook logbook = SafetyLogbooks.create(data).logbook()) {
            logbook.contacts().saveAll(SafetyLogbooks.drafts(old.atDay(3).atTime(9, 0), 40, "Safety plan talk"), "import");
            wrapped = logbook.store().read(r -> r.noteKeys().find(old.toString())).orElseThrow().wrappedKey();
            // Large enough (50,000 contacts) that H2's short tidy at close no longer rewrites the whole file: without
            // the owed compaction the destroyed key was still in it.
            for (int b = 0; b < 25; b++) {
                logbook.contacts().saveAll(SafetyLogbooks.drafts(old.plusMonths(2 + b % 16).atDay(1 + b % 27).atTime(8, 0), 2000, "bulk notes " + b), "import");
            }
            for (int i = 0; i < 30; i++) { // some ordinary work around the purge
                logbook.contacts().saveAll(SafetyLogbooks.drafts(old.plusMonths(19).atDay(1).atTime(10, i), 1, null), "import");
            }
            new Retention(logbook).purgeNotesOlderThan(old.plusMonths(1));
            logbook.contacts().saveAll(SafetyLogbooks.drafts(old.plusMonths(19).atDay(2).atTime(10, 0), 1, null), "import");
        }
        byte[] plain = decryptedCopy(data);
        assertThat(indexOf(plain, Arrays.copyOfRange(wrapped, 0, 24)))
                .as("the destroyed key's wrapped bytes are nowhere in the file").isEqualTo(-1);
        try (Logbook again = SafetyLogbooks.open(data, SafetyLogbooks.MANAGER)) {
            assertThat(again.setting(LogbookSettings.SHRED_COMPACTION_OWED, "?")).as("settled after the rewrite")
                    .isEqualTo("false");
            assertThat(again.contacts().count(ContactFilter.ALL)).isEqualTo(40 + 50_000 + 31);
        }
    }

    /** The logbook file with H2's file encryption removed, as someone holding a staff password could make it. */
    private Path copyDir() throws Exception {
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(dir.resolve("data/logbook.mv.db"), copy.resolve("logbook.mv.db"));
        return copy;
    }

    private byte[] decryptedCopy(Path data) throws Exception {
        Path copy = copyDir();
        char[] both;
        try (DataKey key = KeySlotFile.load(data).unlock(SafetyLogbooks.MANAGER, SafetyLogbooks.PASSWORD.toCharArray())) {
            both = key.h2Password();
        }
        String s = new String(both);
        ChangeFileEncryption.execute(copy.toString(), "logbook", "AES", s.substring(0, s.indexOf(' ')).toCharArray(),
                null, true);
        return Files.readAllBytes(copy.resolve("logbook.mv.db"));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
