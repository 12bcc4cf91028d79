package org.helplinelogbook.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;
import org.h2.tools.ChangeFileEncryption;
import org.helplinelogbook.domain.Contact;
import org.helplinelogbook.domain.ContactDraft;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removed note text must not survive in the logbook file: H2 writes every change to new pages and leaves the old
 * ones in the file's free space, where anyone who can open the file (every staff password opens its key) could read
 * them back. Checked on a logbook large enough (50,000 contacts) that H2's short tidy at close does not rewrite the
 * whole file by chance: before the fix, a destroyed month key and an edited note's old ciphertext were still there.
 */
class ShreddedKeysLeaveNoTraceTest {

    @TempDir
    Path dir;

    @Test
    void editedDeletedDraftedAndShreddedNotesLeaveNothingInTheFileOnceItCloses() throws Exception {
        Path data = dir.resolve("data");
        YearMonth old = YearMonth.now(SafetyLogbooks.ZONE).minusMonths(20);
        YearMonth recent = YearMonth.now(SafetyLogbooks.ZONE).minusMonths(1);
        byte[] editedBefore;
        byte[] deleted;
        byte[] firstDraft;
        try (Logbook logbook = SafetyLogbooks.create(data).logbook()) {
            logbook.contacts().saveAll(SafetyLogbooks.drafts(old.atDay(3).atTime(9, 0), 40, "Safety plan talk"), "import");
            for (int b = 0; b < 25; b++) {
                logbook.contacts().saveAll(SafetyLogbooks.drafts(old.plusMonths(2 + b % 16).atDay(1 + b % 27)
                        .atTime(8, 0), 2000, "bulk notes " + b), "import");
            }
            Contact edited = logbook.contacts().save(note(recent, 10, "Rang back on a number he gave"));
            Contact gone = logbook.contacts().save(note(recent, 11, "Logged by mistake, with his street"));
            editedBefore = sealed(logbook, edited.id());
            deleted = sealed(logbook, gone.id());
            logbook.contacts().update(edited.id(), edited.version(), note(recent, 10, "Rang back as agreed"));
            logbook.contacts().delete(gone.id(), gone.version());
        }
        byte[] plain = decryptedCopy(data, "after-edit");
        assertThat(indexOf(plain, head(editedBefore))).as("the edited note's old ciphertext").isEqualTo(-1);
        assertThat(indexOf(plain, head(deleted))).as("the deleted contact's note").isEqualTo(-1);

        byte[] wrapped;
        try (Logbook logbook = SafetyLogbooks.open(data, SafetyLogbooks.MANAGER)) {
            assertThat(logbook.settings().get(LogbookSettings.SHRED_COMPACTION_OWED, "?")).as("settled").isEqualTo("false");
            wrapped = logbook.store().read(r -> r.noteKeys().find(old.toString())).orElseThrow().wrappedKey();
            logbook.retention().purgeNotesOlderThan(old.plusMonths(1));
            logbook.contacts().save(note(recent, 12, null));
        }
        plain = decryptedCopy(data, "after-purge");
        assertThat(indexOf(plain, head(wrapped))).as("the destroyed month key's wrapped bytes").isEqualTo(-1);

        try (Logbook logbook = SafetyLogbooks.open(data, SafetyLogbooks.MANAGER)) {
            logbook.contacts().saveDraft("notes=Asked us to ring 07700 900123\n"); // an autosave before redacting
            long staff = logbook.actor().staffId();
            firstDraft = logbook.store().read(r -> r.drafts().load(staff)).orElseThrow();
            logbook.contacts().saveDraft("notes=Asked us to ring [PHONE]\n");
            logbook.contacts().save(note(recent, 13, "Asked us to ring [PHONE]"));
            logbook.contacts().clearDraft();
        }
        plain = decryptedCopy(data, "after-draft");
        assertThat(indexOf(plain, head(firstDraft))).as("an earlier autosaved draft").isEqualTo(-1);
        try (Logbook again = SafetyLogbooks.open(data, SafetyLogbooks.MANAGER)) {
            assertThat(again.settings().get(LogbookSettings.SHRED_COMPACTION_OWED, "?")).isEqualTo("false");
            assertThat(again.contacts().count(ContactFilter.ALL)).isEqualTo(40 + 50_000 + 3);
        }
    }

    private static ContactDraft note(YearMonth month, int hour, String notes) {
        return new ContactDraft(month.atDay(5).atTime(hour, 0), 300, "phone", "at_risk",
                java.util.List.of("indecent_images"), java.util.List.of("information_given"), "internet_search",
                notes, null);
    }

    private static byte[] sealed(Logbook logbook, UUID id) {
        return logbook.store().read(r -> r.contacts().find(id)).orElseThrow().notesSealed();
    }

    private static byte[] head(byte[] bytes) {
        return Arrays.copyOfRange(bytes, 0, 24);
    }

    /** The logbook file with H2's file encryption removed, as someone holding a staff password could make it. */
    private byte[] decryptedCopy(Path data, String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        Files.copy(data.resolve("logbook.mv.db"), copy.resolve("logbook.mv.db"));
        char[] both;
        try (DataKey key = KeySlotFile.load(data).unlock(SafetyLogbooks.MANAGER, SafetyLogbooks.PASSWORD.toCharArray())) {
            both = key.h2Password();
        }
        String s = new String(both);
        Arrays.fill(both, '\0');
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
