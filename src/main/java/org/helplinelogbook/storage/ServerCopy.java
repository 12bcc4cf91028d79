package org.helplinelogbook.storage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.helplinelogbook.domain.Store;

/**
 * Table-by-table copy of a single-desk logbook into an empty shared one, values as stored (sealed notes, hashes
 * and MACs move unchanged), inside one transaction on the target. The checks that need keys stay in
 * {@code logbook.ServerMigration}; this class is the SQL half.
 */
public final class ServerCopy {

    public static final List<String> TABLES = List.of("staff", "author_key", "setting", "taxonomy",
            "taxonomy_version", "campaign", "note_key", "contact", "contact_topic", "contact_outcome", "contact_tally", "draft", "audit_entry");
    /** Tables that exist in the H2 file but are not copied: Flyway's own, and the shared-only ones (empty on H2). */
    private static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "key_slot", "contact_change");
    private static final Map<String, String> ORDER = Map.ofEntries(Map.entry("staff", "id"),
            Map.entry("setting", "name"), Map.entry("taxonomy", "dimension, code"),
            Map.entry("taxonomy_version", "id"), Map.entry("campaign", "id"), Map.entry("note_key", "key_id"),
            Map.entry("author_key", "key_id"),
            Map.entry("contact", "id"), Map.entry("contact_topic", "contact_id, code"),
            Map.entry("contact_outcome", "contact_id, code"),
            Map.entry("contact_tally", "dimension, local_date, code, is_data"), Map.entry("draft", "staff_id"),
            Map.entry("audit_entry", "seq"));
    private static final int BATCH = 500;

    private final Connection from;
    private final Connection to;

    private ServerCopy(Connection from, Connection to) {
        this.from = from;
        this.to = to;
    }

    /** Work done with the copy and the target's repositories, in the target's transaction. */
    public interface Work<T> {
        T apply(ServerCopy copy, Store.Repositories target);
    }

    /** A sealed note as stored on the target. */
    public record SealedNote(UUID id, int version, String keyId, byte[] sealed, int scheme) {}

    /** Runs {@code work} in one transaction on {@code target} (synced before returning) while reading {@code source}. */
    public static <T> T run(Database source, JdbiStore target, Work<T> work) {
        return source.jdbi().withHandle(sourceHandle -> target.writeWithConnection(
                (to, repos) -> work.apply(new ServerCopy(sourceHandle.getConnection(), to), repos)));
    }

    /** Tables in the source that this version does not know how to move. */
    public Set<String> unknownSourceTables() {
        Set<String> unknown = new TreeSet<>();
        try (Statement st = from.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM"
                + " information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!TABLES.contains(table) && !NOT_COPIED.contains(table)) {
                    unknown.add(table);
                }
            }
        } catch (SQLException e) {
            throw Database.translate(e);
        }
        return unknown;
    }

    public boolean targetHoldsData() {
        for (String table : TABLES) {
            if (countTarget(table) > 0) {
                return true;
            }
        }
        return false;
    }

    public long countSource(String table) {
        return count(from, table);
    }

    public long countTarget(String table) {
        return count(to, table);
    }

    /** Copies one table; returns the number of rows written. */
    public long copy(String table) {
        try {
            return copyTable(from, to, table);
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    /** Identity columns continue after the copied ids. */
    public void resetSequences() {
        try {
            resetSequences(to);
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    /** Up to {@code limit} sealed notes on the target whose month key still exists, in id order. */
    public List<SealedNote> sampleTargetNotes(int limit) {
        List<SealedNote> notes = new ArrayList<>();
        try (PreparedStatement st = to.prepareStatement("SELECT c.id, c.version, c.notes_key_id, c.notes_sealed,"
                + " c.notes_scheme"
                + " FROM contact c JOIN note_key k ON k.key_id = c.notes_key_id"
                + " WHERE c.notes_sealed IS NOT NULL AND k.wrapped_key IS NOT NULL ORDER BY c.id LIMIT " + limit);
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                notes.add(new SealedNote(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getBytes(4),
                        rs.getInt(5)));
            }
        } catch (SQLException e) {
            throw Database.translate(e);
        }
        return notes;
    }

    /** The sealed note of one contact in the source. */
    public byte[] sourceSealed(UUID id) {
        return sealedIn(from, id);
    }

    private static long count(Connection c, String table) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw Database.translate(e);
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
        String list = String.join(", ", names.stream().map(ServerCopy::quote).toList());
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
            default -> throw new StorageException(StorageException.Kind.OTHER,
                    "This version cannot move a column of type " + type + ". Nothing was copied.", null);
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

    private static byte[] sealedIn(Connection from, UUID id) {
        try (PreparedStatement st = from.prepareStatement("SELECT notes_sealed FROM contact WHERE id = ?")) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
