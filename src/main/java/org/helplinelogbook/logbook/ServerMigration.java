package org.helplinelogbook.logbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.helplinelogbook.domain.Role;
import org.helplinelogbook.domain.StaffAccount;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotException;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.UnlockFailedException;
import org.helplinelogbook.storage.ConnectionProfile;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;
import org.helplinelogbook.storage.StorageException;

/**
 * {@code migrate-to-server}: copies a single-desk logbook into a new shared logbook on PostgreSQL.
 *
 * <p>Everything is copied as stored: the data key stays the same, so wrapped month keys, sealed notes (AAD
 * {@code contact|id|version|keyId}), codeword HMACs, drafts and the audit MACs stay valid, and the key slots
 * (the same wrapped data key) go to the server, so every existing password and the printed recovery key work
 * there. The copy, the key slots, the sequence resets and the checks (row counts, audit chain against the source's
 * anchor, a sample of notes opening to the same text) run in one transaction on the server: if any check fails,
 * nothing is left behind.
 *
 * <p>The original is never opened in place: its database file is copied to a temporary folder and the copy is
 * read, so the original file and {@code keyslots.json} stay byte for byte as they were.
 */
public final class ServerMigration {

    /** Copied in this order (foreign keys). */
    static final List<String> TABLES = List.of("staff", "setting", "taxonomy", "taxonomy_version", "campaign",
            "note_key", "contact", "contact_topic", "contact_outcome", "draft", "audit_entry");
    /** Tables that exist in the H2 file but are not copied: Flyway's own, and the shared-only ones (empty on H2). */
    private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "key_slot", "contact_change");
    private static final Map<String, String> ORDER = Map.ofEntries(Map.entry("staff", "id"),
            Map.entry("setting", "name"), Map.entry("taxonomy", "dimension, code"),
            Map.entry("taxonomy_version", "id"), Map.entry("campaign", "id"), Map.entry("note_key", "key_id"),
            Map.entry("contact", "id"), Map.entry("contact_topic", "contact_id, code"),
            Map.entry("contact_outcome", "contact_id, code"), Map.entry("draft", "staff_id"),
            Map.entry("audit_entry", "seq"));
    private static final int BATCH = 500;
    static final int NOTE_SAMPLE = 25;
    static final String AUDIT_ACTION = "migrated_to_server";

    /** What was copied and checked. */
    public record Report(Map<String, Long> rows, long notesChecked, List<String> auditWarnings, String server) {}

    private ServerMigration() {}

    /**
     * Copies the single-desk logbook in {@code dataDir} (signed in as a manager) into the empty database of
     * {@code profile}. {@code dbPassword} is the password of the profile's role (the database owner).
     *
     * @throws LogbookException ALREADY_EXISTS if the server database already holds a logbook; NOT_ALLOWED for a
     *     worker; AUTHENTICATION for a wrong password; MISSING when there is no single-desk logbook
     */
    public static Report migrate(Path dataDir, String username, char[] password, ConnectionProfile profile,
            char[] dbPassword, boolean withDrafts) {
        if (Logbook.isShared(dataDir)) {
            throw new LogbookException(LogbookException.Kind.INVALID_INPUT, "The logbook in " + dataDir
                    + " is already a desk of a shared logbook; there is nothing to move.");
        }
        if (!KeySlotFile.exists(dataDir) || !Database.existsIn(dataDir)) {
            throw new LogbookException(LogbookException.Kind.MISSING, "There is no single-desk logbook in " + dataDir + ".");
        }
        try (LogbookLock lock = LogbookLock.acquire(dataDir)) {
            byte[] slotBytes = readSlots(dataDir);
            KeySlotFile sourceSlots = parseSlots(dataDir, slotBytes);
            DataKey key = unlock(sourceSlots, username, password);
            Path copy = null;
            try {
                var info = sourceSlots.slot(username).orElseThrow();
                if (info.role() != Role.MANAGER) {
                    throw new LogbookException(LogbookException.Kind.NOT_ALLOWED,
                            "Only a manager can move the logbook to a server.");
                }
                copy = copyDatabase(dataDir);
                try (Database source = Database.openH2(copy, key, false);
                        Database target = SharedLogbook.open(profile, dbPassword)) {
                    return copyAll(source, target, profile, sourceSlots, slotBytes, key, username, password, withDrafts);
                }
            } catch (StorageException e) {
                throw Logbook.storageFailure(e);
            } finally {
                key.destroy();
                deleteTree(copy);
            }
        }
    }

    private static Report copyAll(Database source, Database target, ConnectionProfile profile, KeySlotFile sourceSlots,
            byte[] slotBytes, DataKey key, String username, char[] password, boolean withDrafts) {
        ZoneId zone = JdbiStore.storedZone(source);
        var sourceStore = new JdbiStore(source, zone);
        StaffAccount manager = sourceStore.read(r -> r.staff().find(username))
                .filter(a -> a.active() && a.role() == Role.MANAGER)
                .orElseThrow(() -> new LogbookException(LogbookException.Kind.NOT_ALLOWED,
                        "Only an active manager can move the logbook to a server."));
        var trail = new AuditTrail(key, sourceSlots);
        var vault = new NoteVault(key);
        var sourceVault = new NoteVault(key); // its own key cache: each side unwraps its own copy of a month key
        try {
            List<String> sourceProblems = sourceStore.read(r -> trail.verify(r.audit().all()));
            var targetStore = new JdbiStore(target, zone);
            byte[] serverSlots = withoutAnchor(slotBytes);
            return source.jdbi().withHandle(sourceHandle -> targetStore.writeWithConnection((to, repos) -> {
                Connection from = sourceHandle.getConnection();
                checkTables(from);
                if (ServerSlots.exist(targetStore) || holdsData(to)) {
                    throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS, "The server database "
                            + profile.describe() + " already holds a logbook. Nothing was copied; use an empty"
                            + " database (see docs/several-desks.md).");
                }
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String table : TABLES) {
                    if (table.equals("draft") && !withDrafts) {
                        rows.put(table, 0L);
                        continue;
                    }
                    rows.put(table, copyTable(from, to, table));
                }
                resetSequences(to);
                if (repos.keySlots().replace(serverSlots, 0).isEmpty()) {
                    throw new LogbookException(LogbookException.Kind.ALREADY_EXISTS, "The server database "
                            + profile.describe() + " already holds a logbook. Nothing was copied.");
                }
                // Checks, still inside the transaction: any failure rolls the whole copy back.
                for (String table : TABLES) {
                    long expected = table.equals("draft") && !withDrafts ? 0 : count(from, table);
                    long copied = count(to, table);
                    if (copied != expected || rows.get(table) != expected) {
                        throw failed("the table " + table + " has " + copied + " rows on the server but "
                                + expected + " here");
                    }
                }
                List<String> problems = trail.verify(repos.audit().all());
                if (!problems.equals(sourceProblems)) {
                    throw failed("the audit chain does not verify on the server");
                }
                long checked = checkNotes(from, to, vault, sourceVault, sourceStore, repos);
                checkSlotsUnlock(serverSlots, username, password);
                trail.append(repos, manager.id(), AUDIT_ACTION, null, null,
                        "contacts=" + rows.get("contact") + ",audit=" + rows.get("audit_entry"));
                return new Report(rows, checked, sourceProblems, profile.describe());
            }));
        } finally {
            vault.wipe();
            sourceVault.wipe();
            trail.wipe();
        }
    }

    // ---- Source

    private static byte[] readSlots(Path dataDir) {
        try {
            return Files.readAllBytes(dataDir.resolve(KeySlotFile.FILE_NAME));
        } catch (IOException e) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "The key file in " + dataDir + " cannot be read.");
        }
    }

    private static KeySlotFile parseSlots(Path dataDir, byte[] bytes) {
        try {
            return KeySlotFile.fromBytes(dataDir, bytes);
        } catch (KeySlotException e) {
            throw new LogbookException(LogbookException.Kind.DAMAGED, e.getMessage());
        }
    }

    private static DataKey unlock(KeySlotFile slots, String username, char[] password) {
        try {
            return slots.unlock(username, password);
        } catch (UnlockFailedException e) {
            throw new LogbookException(LogbookException.Kind.AUTHENTICATION, "The username or password is not right.");
        } catch (KeySlotException e) {
            throw new LogbookException(LogbookException.Kind.DAMAGED, e.getMessage());
        }
    }

    /** Copies the encrypted database file into a private temporary folder; only the copy is ever opened. */
    private static Path copyDatabase(Path dataDir) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("logbook-migrate-");
            DataFolder.ensureExists(folder);
            Files.copy(Database.h2File(dataDir), Database.h2File(folder), StandardCopyOption.COPY_ATTRIBUTES);
            return folder;
        } catch (IOException e) {
            deleteTree(folder);
            throw new LogbookException(LogbookException.Kind.STORAGE, "A working copy of the logbook could not be"
                    + " made in the temporary folder (is the disk full?). Nothing was changed.");
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // an encrypted copy; the OS cleans its temporary folder
                }
            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    /** The source key slots as the server keeps them: the same slots, without this desk's audit anchor. */
    private static byte[] withoutAnchor(byte[] slotBytes) {
        byte[][] out = new byte[1][];
        KeySlotFile copy = KeySlotFile.fromJson(slotBytes, new KeySlotFile.Storage() {
            @Override
            public void write(byte[] json) {
                out[0] = json;
            }

            @Override
            public String describe() {
                return "the key slots being moved";
            }
        });
        copy.setAuditAnchor(null);
        try {
            copy.save();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out[0];
    }

    // ---- Copy

    private static void checkTables(Connection from) throws SQLException {
        Set<String> unknown = new TreeSet<>();
        try (Statement st = from.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM"
                + " information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!TABLES.contains(table) && !NOT_COPIED.contains(table)) {
                    unknown.add(table);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new LogbookException(LogbookException.Kind.STORAGE, "This version cannot move the table(s) "
                    + unknown + "; update Helpline Logbook first. Nothing was copied.");
        }
    }

    private static boolean holdsData(Connection to) throws SQLException {
        for (String table : TABLES) {
            if (count(to, table) > 0) {
                return true;
            }
        }
        return false;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The target's columns of {@code table} and their PostgreSQL types, in table order. */
    private static Map<String, String> columns(Connection to, String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement st = to.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        Map<String, String> columns = columns(to, table);
        List<String> names = new ArrayList<>(columns.keySet());
        String list = String.join(", ", names.stream().map(ServerMigration::quote).toList());
        String marks = String.join(", ", names.stream().map(n -> "?").toList());
        long n = 0;
        try (PreparedStatement read = from.prepareStatement("SELECT " + list + " FROM " + quote(table)
                        + " ORDER BY " + ORDER.get(table));
                PreparedStatement write = to.prepareStatement("INSERT INTO " + quote(table) + " (" + list
                        + ") VALUES (" + marks + ")")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < names.size(); i++) {
                        String type = columns.get(names.get(i));
                        Object value = read(rs, i + 1, type);
                        if (value == null) {
                            write.setNull(i + 1, sqlType(type));
                        } else {
                            write.setObject(i + 1, value, sqlType(type));
                        }
                    }
                    write.addBatch();
                    if (++n % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return n;
    }

    /** Reads a value as the Java type that round-trips exactly (never through java.sql.Timestamp and a zone). */
    private static Object read(ResultSet rs, int i, String type) throws SQLException {
        return switch (type) {
            case "uuid" -> rs.getObject(i, UUID.class);
            case "timestamp without time zone" -> rs.getObject(i, LocalDateTime.class);
            case "date" -> rs.getObject(i, LocalDate.class);
            case "bytea" -> rs.getBytes(i);
            case "boolean" -> rs.getObject(i, Boolean.class);
            case "smallint", "integer" -> rs.getObject(i, Integer.class);
            case "bigint" -> rs.getObject(i, Long.class);
            case "numeric" -> rs.getObject(i, BigDecimal.class);
            case "character varying", "character", "text" -> rs.getString(i);
            default -> throw new LogbookException(LogbookException.Kind.STORAGE,
                    "This version cannot move a column of type " + type + ". Nothing was copied.");
        };
    }

    private static int sqlType(String type) {
        return switch (type) {
            case "uuid" -> Types.OTHER;
            case "timestamp without time zone" -> Types.TIMESTAMP;
            case "date" -> Types.DATE;
            case "bytea" -> Types.BINARY;
            case "boolean" -> Types.BOOLEAN;
            case "smallint" -> Types.SMALLINT;
            case "integer" -> Types.INTEGER;
            case "bigint" -> Types.BIGINT;
            case "numeric" -> Types.NUMERIC;
            case "character" -> Types.CHAR;
            default -> Types.VARCHAR;
        };
    }

    /** Identity columns continue after the copied ids (contact_change numbers its own rows). */
    private static void resetSequences(Connection to) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement st = to.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name, column_name"
                + " FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] identity : identities) {
            if (!TABLES.contains(identity[0])) {
                continue;
            }
            try (PreparedStatement st = to.prepareStatement("SELECT setval(pg_get_serial_sequence(?, ?),"
                    + " COALESCE(MAX(" + quote(identity[1]) + "), 0) + 1, false) FROM " + quote(identity[0]))) {
                st.setString(1, "public." + identity[0]);
                st.setString(2, identity[1]);
                st.execute();
            }
        }
    }

    // ---- Checks

    /** Opens up to {@value #NOTE_SAMPLE} notes on both sides (text compared in memory only, never shown). */
    private static long checkNotes(Connection from, Connection to, NoteVault vault, NoteVault sourceVault,
            JdbiStore sourceStore,
            org.helplinelogbook.domain.Store.Repositories targetRepos) throws SQLException {
        long checked = 0;
        try (PreparedStatement st = to.prepareStatement("SELECT c.id, c.version, c.notes_key_id, c.notes_sealed"
                + " FROM contact c JOIN note_key k ON k.key_id = c.notes_key_id"
                + " WHERE c.notes_sealed IS NOT NULL AND k.wrapped_key IS NOT NULL ORDER BY c.id LIMIT " + NOTE_SAMPLE)) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    int version = rs.getInt(2);
                    String keyId = rs.getString(3);
                    byte[] sealed = rs.getBytes(4);
                    String onServer;
                    try {
                        onServer = vault.open(targetRepos.noteKeys(), keyId, id, version, sealed);
                    } catch (RuntimeException e) {
                        throw failed("a note does not open on the server");
                    }
                    String here = sourceStore.read(r -> sourceVault.open(r.noteKeys(), keyId, id, version, sealedIn(from, id)));
                    if (onServer == null || !Objects.equals(onServer, here)) {
                        throw failed("a note does not open to the same text on the server");
                    }
                    checked++;
                }
            }
        }
        return checked;
    }

    private static byte[] sealedIn(Connection from, UUID id) {
        try (PreparedStatement st = from.prepareStatement("SELECT notes_sealed FROM contact WHERE id = ?")) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw failed("a note could not be read back here");
        }
    }

    /** The key slots as stored for the server still open with the signing-in password. */
    private static void checkSlotsUnlock(byte[] json, String username, char[] password) {
        var none = new KeySlotFile.Storage() {
            @Override
            public void write(byte[] bytes) {
                throw new IllegalStateException("read only");
            }

            @Override
            public String describe() {
                return "the key slots on the server";
            }
        };
        try {
            KeySlotFile.fromJson(json, none).unlock(username, password).destroy();
        } catch (RuntimeException e) {
            throw failed("the key slots on the server do not open with your password");
        }
    }

    private static LogbookException failed(String what) {
        return new LogbookException(LogbookException.Kind.STORAGE, "The copy on the server did not check out ("
                + what + "). Nothing was kept on the server; the logbook here is unchanged.");
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
