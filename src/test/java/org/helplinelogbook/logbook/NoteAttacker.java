package org.helplinelogbook.logbook;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.NoteKeyring;
import org.helplinelogbook.security.NoteVault;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;

/**
 * The attack of issue 20, as a test tool: someone with one account's password (or a copy of its key slot), the
 * database and the app's own classes on the class path — no front end, no role checks — decrypts every note they
 * can. It unlocks the slot, opens the database with the data key, and tries every stored note with the keys the
 * slot holds, posing as each staff member in turn (an author copy names its author), and with the month key alone.
 */
public final class NoteAttacker {

    private NoteAttacker() {}

    private record Row(UUID id, int version, String keyId, byte[] sealed, int scheme) {}

    /** Note texts readable from a single-desk logbook in {@code dir} with this slot's password. */
    public static Set<String> readableNotes(Path dir, KeySlotFile slots, String username, char[] password) {
        KeySlotFile.Unlocked unlocked = slots.unlockWithKeys(username, password);
        try (Database db = Database.openH2(dir, unlocked.dataKey(), false)) {
            return readableNotes(db, unlocked);
        }
    }

    /** Note texts readable from a shared logbook with a desk's database password and this account's password. */
    public static Set<String> readableNotes(ConnectionProfile profile, char[] dbPassword, String username,
            char[] password) {
        return readableNotes(profile, dbPassword, serverSlots(profile, dbPassword), username, password);
    }

    /** As above, with key slots the attacker kept (say, a copy taken before their account was disabled). */
    public static Set<String> readableNotes(ConnectionProfile profile, char[] dbPassword, KeySlotFile slots,
            String username, char[] password) {
        try (Database db = Database.openPostgres(profile, dbPassword)) {
            return readableNotes(db, slots.unlockWithKeys(username, password));
        }
    }

    /** Note texts readable from a shared logbook with a desk's database password and the printed recovery key. */
    public static Set<String> readableNotesWithRecoveryKey(ConnectionProfile profile, char[] dbPassword,
            String recoveryKey) {
        KeySlotFile.Unlocked unlocked = serverSlots(profile, dbPassword).unlockWithRecoveryKeyAndKeys(recoveryKey);
        try (Database db = Database.openPostgres(profile, dbPassword)) {
            return readableNotes(db, unlocked);
        }
    }

    /** The key slots as stored on the server now, read with a desk's database password. */
    public static KeySlotFile serverSlots(ConnectionProfile profile, char[] dbPassword) {
        try (Database db = Database.openPostgres(profile, dbPassword)) {
            var store = new JdbiStore(db, ZoneId.of("UTC"));
            return KeySlotFile.fromJson(store.read(r -> r.keySlots().load()).orElseThrow().json(),
                    new KeySlotFile.Storage() {
                        @Override
                        public void write(byte[] json) {
                            throw new UnsupportedOperationException();
                        }

                        @Override
                        public String describe() {
                            return "the server";
                        }
                    });
        }
    }

    /** Codeword values stored on the server that a word list, hashed with the data key this slot unwraps, matches. */
    public static long codewordsFound(ConnectionProfile profile, char[] dbPassword, String username, char[] password,
            java.util.List<String> wordList) {
        KeySlotFile.Unlocked unlocked = serverSlots(profile, dbPassword).unlockWithKeys(username, password);
        try (Database db = Database.openPostgres(profile, dbPassword)) {
            Set<String> stored = new java.util.HashSet<>(db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT caller_code_hash FROM contact WHERE caller_code_hash IS NOT NULL").mapTo(String.class)
                    .list()));
            return wordList.stream().map(w -> org.helplinelogbook.security.CallerCodes.keyedHash(unlocked.dataKey(), w))
                    .filter(stored::contains).count();
        }
    }

    private static Set<String> readableNotes(Database db, KeySlotFile.Unlocked unlocked) {
        ZoneId zone = JdbiStore.storedZone(db);
        var store = new JdbiStore(db, zone);
        List<Long> staff = new ArrayList<>(store.read(r -> r.staff().list()).stream().map(StaffAccount::id).toList());
        List<Row> rows = db.jdbi().withHandle(h -> h.createQuery("SELECT id, version, notes_key_id, notes_sealed,"
                + " notes_scheme FROM contact WHERE notes_sealed IS NOT NULL")
                .map((rs, ctx) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getBytes(4),
                        rs.getInt(5))).list());
        Set<String> read = new TreeSet<>();
        for (long posingAs : staff) {
            NoteVault vault = new NoteVault(unlocked.dataKey(), zone, Retention::oweRewrite);
            vault.useKeys(new NoteKeyring(posingAs, unlocked.keys()));
            for (Row row : rows) {
                try {
                    var opened = store.read(r -> vault.open(r, row.keyId(), row.id(), row.version(), row.sealed(),
                            row.scheme()));
                    if (opened.text() != null) {
                        read.add(opened.text());
                    }
                } catch (RuntimeException e) {
                    // not readable this way
                }
                try {
                    // As the notes were sealed before issue 20: the month key alone, which every worker unwraps.
                    String text = store.read(r -> vault.open(r.noteKeys(), row.keyId(), row.id(), row.version(),
                            row.sealed()));
                    if (text != null) {
                        read.add(text);
                    }
                } catch (RuntimeException e) {
                    // not readable this way
                }
            }
        }
        return read;
    }
}
