package org.helplinelogbook.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helplinelogbook.domain.ContactFilter;
import org.helplinelogbook.domain.ContactRepository;
import org.helplinelogbook.domain.ContactRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

final class JdbiContactRepository implements ContactRepository {

    private static final String COLUMNS = "SELECT c.id, c.started_at, c.local_date, c.local_hour, c.duration_seconds,"
            + " c.channel, c.caller_type, c.is_data, c.source, c.notes_key_id, c.notes_sealed, c.notes_hold,"
            + " c.caller_code_hash, c.created_by, c.created_at, c.updated_at, c.version, c.local_dow,"
            + " c.notes_scheme FROM contact c ";

    /** One contact, for a save and for an import's batches alike. */
    private static final String INSERT_CONTACT = "INSERT INTO contact (id, started_at, local_date, local_hour,"
            + " local_dow, duration_seconds, channel, caller_type, is_data, source, notes_key_id, notes_sealed,"
            + " notes_hold, caller_code_hash, created_by, created_at, updated_at, version, notes_scheme) VALUES (:id,"
            + " :started, :localDate, :localHour, :localDow, :duration, :channel, :callerType, :data, :source,"
            + " :noteKey, :notes, :hold, :code, :createdBy, :createdAt, :updatedAt, :version, :scheme)";
    private static final String INSERT_TOPIC =
            "INSERT INTO contact_topic (contact_id, code, started_at) VALUES (:id, :code, :at)";
    private static final String INSERT_OUTCOME =
            "INSERT INTO contact_outcome (contact_id, code, started_at) VALUES (:id, :code, :at)";

    private final Handle handle;
    private final ZoneId zone;

    JdbiContactRepository(Handle handle, ZoneId zone) {
        this.handle = handle;
        this.zone = zone;
    }

    @Override
    public void insert(ContactRow row) {
        handle.createUpdate(INSERT_CONTACT)
                .bindMap(values(row))
                .bind("createdBy", row.createdBy())
                .bind("createdAt", utc(row.createdAt()))
                .execute();
        insertCodes(row);
        new ContactTally().add(row, 1).apply(handle);
    }

    @Override
    public void insertAll(List<ContactRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var contacts = handle.prepareBatch(INSERT_CONTACT);
        var topics = handle.prepareBatch(INSERT_TOPIC);
        var outcomes = handle.prepareBatch(INSERT_OUTCOME);
        int topicCount = 0;
        int outcomeCount = 0;
        ContactTally tally = new ContactTally();
        for (ContactRow row : rows) {
            tally.add(row, 1);
            contacts.bindMap(values(row)).bind("createdBy", row.createdBy()).bind("createdAt", utc(row.createdAt())).add();
            var started = utc(row.startedAt());
            for (String code : row.topics()) {
                topics.bind("id", row.id()).bind("code", code).bind("at", started).add();
                topicCount++;
            }
            for (String code : row.outcomes()) {
                outcomes.bind("id", row.id()).bind("code", code).bind("at", started).add();
                outcomeCount++;
            }
        }
        contacts.execute();
        if (topicCount > 0) {
            topics.execute();
        }
        if (outcomeCount > 0) {
            outcomes.execute();
        }
        tally.apply(handle);
    }

    @Override
    public boolean update(ContactRow row, int expectedVersion) {
        var tally = ContactTally.removingStored(handle, row.id(), expectedVersion);
        if (tally.isEmpty()) {
            return false;
        }
        int updated = handle.createUpdate("UPDATE contact SET started_at = :started, local_date = :localDate,"
                        + " local_hour = :localHour, local_dow = :localDow, duration_seconds = :duration,"
                        + " channel = :channel, caller_type = :callerType, is_data = :data, source = :source,"
                        + " notes_key_id = :noteKey, notes_sealed = :notes, notes_hold = :hold,"
                        + " caller_code_hash = :code, updated_at = :updatedAt, version = :version,"
                        + " notes_scheme = :scheme WHERE id = :id AND version = :expected")
                .bindMap(values(row))
                .bind("expected", expectedVersion)
                .execute();
        if (updated == 0) {
            return false;
        }
        handle.createUpdate("DELETE FROM contact_topic WHERE contact_id = :id").bind("id", row.id()).execute();
        handle.createUpdate("DELETE FROM contact_outcome WHERE contact_id = :id").bind("id", row.id()).execute();
        insertCodes(row);
        tally.get().add(row, 1).apply(handle);
        return true;
    }

    @Override
    public boolean delete(UUID id, int expectedVersion) {
        var tally = ContactTally.removingStored(handle, id, expectedVersion);
        if (tally.isEmpty()) {
            return false;
        }
        handle.createUpdate("DELETE FROM contact_topic WHERE contact_id = :id").bind("id", id).execute();
        handle.createUpdate("DELETE FROM contact_outcome WHERE contact_id = :id").bind("id", id).execute();
        boolean deleted = handle.createUpdate("DELETE FROM contact WHERE id = :id AND version = :v")
                .bind("id", id).bind("v", expectedVersion).execute() == 1;
        if (deleted) {
            tally.get().apply(handle);
        }
        return deleted;
    }

    @Override
    public Optional<ContactRow> find(UUID id) {
        return handle.createQuery(COLUMNS + "WHERE c.id = :id").bind("id", id)
                .map((rs, ctx) -> mapRow(rs)).findOne()
                .map(row -> withCodes(List.of(row)).get(0));
    }

    @Override
    public List<ContactRow> page(ContactFilter filter, PageCursor after, int limit) {
        var where = new Where(filter);
        if (after != null) {
            where.add("(c.started_at < :afterAt OR (c.started_at = :afterAt AND c.id < :afterId))");
            where.params.put("afterAt", utc(after.startedAt()));
            where.params.put("afterId", after.id());
        }
        Query query = handle.createQuery(COLUMNS + where.sql() + " ORDER BY c.started_at DESC, c.id DESC LIMIT :limit")
                .bindMap(where.params)
                .bind("limit", limit);
        return withCodes(query.map((rs, ctx) -> mapRow(rs)).list());
    }

    @Override
    public long count(ContactFilter filter) {
        var where = new Where(filter);
        return handle.createQuery("SELECT COUNT(*) FROM contact c " + where.sql())
                .bindMap(where.params).mapTo(Long.class).one();
    }

    @Override
    public Optional<DateSpan> dateSpan() {
        return handle.createQuery("SELECT MIN(local_date) AS first_day, MAX(local_date) AS last_day FROM contact")
                .map((rs, ctx) -> rs.getObject("first_day", LocalDate.class) == null ? null
                        : new DateSpan(rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class)))
                .findOne();
    }

    @Override
    public long countWithCallerCode(String callerCodeHash, Instant before) {
        return handle.createQuery("SELECT COUNT(*) FROM contact WHERE caller_code_hash = :h AND started_at < :b")
                .bind("h", callerCodeHash).bind("b", utc(before)).mapTo(Long.class).one();
    }

    @Override
    public Set<UUID> returningAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        // The contact_code index (caller_code_hash, started_at) answers each EXISTS with one seek.
        return new HashSet<>(handle.createQuery("SELECT c.id FROM contact c WHERE c.id IN (<ids>)"
                        + " AND c.caller_code_hash IS NOT NULL AND EXISTS (SELECT 1 FROM contact e"
                        + " WHERE e.caller_code_hash = c.caller_code_hash AND (e.started_at < c.started_at"
                        + " OR (e.started_at = c.started_at AND e.id < c.id)))")
                .bindList("ids", List.copyOf(ids)).mapTo(UUID.class).list());
    }

    @Override
    public List<String> legacyCallerCodes(int limit) {
        // The slow form starts with 's'; a legacy value is 64 hex digits. Read in index order (contact_code).
        return handle.createQuery("SELECT DISTINCT caller_code_hash FROM contact WHERE caller_code_hash IS NOT NULL"
                        + " AND caller_code_hash NOT LIKE 's%' ORDER BY caller_code_hash LIMIT :limit")
                .bind("limit", limit).mapTo(String.class).list();
    }

    @Override
    public int replaceCallerCode(String from, String to) {
        return handle.createUpdate("UPDATE contact SET caller_code_hash = :to WHERE caller_code_hash = :from")
                .bind("from", from).bind("to", to).execute();
    }

    @Override
    public List<UUID> idsWithNotesUnder(String noteKeyId) {
        return handle.createQuery("SELECT id FROM contact WHERE notes_key_id = :k AND notes_hold = FALSE")
                .bind("k", noteKeyId).mapTo(UUID.class).list();
    }

    @Override
    public List<SealedNote> heldNotesUnder(String noteKeyId) {
        return handle.createQuery("SELECT id, version, notes_key_id, notes_sealed, notes_scheme FROM contact"
                        + " WHERE notes_key_id = :k AND notes_hold = TRUE AND notes_sealed IS NOT NULL")
                .bind("k", noteKeyId)
                .map((rs, ctx) -> new SealedNote(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getBytes(4), rs.getInt(5)))
                .list();
    }

    @Override
    public boolean resealNotesIfUnchanged(UUID id, byte[] expected, byte[] sealed, int scheme) {
        // Compared in Java, not SQL: BYTEA/VARBINARY equality in a WHERE clause differs between H2 and PostgreSQL.
        byte[] now = handle.createQuery("SELECT notes_sealed FROM contact WHERE id = :id FOR UPDATE").bind("id", id)
                .mapTo(byte[].class).findOne().orElse(null);
        if (now == null || !Arrays.equals(now, expected)) {
            return false;
        }
        return handle.createUpdate("UPDATE contact SET notes_sealed = :s, notes_scheme = :scheme WHERE id = :id")
                .bind("s", sealed).bind("scheme", scheme).bind("id", id).execute() == 1;
    }

    @Override
    public List<SealedNote> notesInScheme(int scheme, UUID after, int limit) {
        return handle.createQuery("SELECT id, version, notes_key_id, notes_sealed, notes_scheme FROM contact"
                        + " WHERE notes_scheme = :scheme AND notes_sealed IS NOT NULL"
                        + (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
                .bind("scheme", scheme).bind("after", after).bind("limit", limit)
                .map((rs, ctx) -> new SealedNote(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getBytes(4), rs.getInt(5)))
                .list();
    }

    @Override
    public long countNotesInScheme(int scheme) {
        return handle.createQuery("SELECT COUNT(*) FROM contact WHERE notes_scheme = :scheme"
                        + " AND notes_sealed IS NOT NULL").bind("scheme", scheme).mapTo(Long.class).one();
    }

    @Override
    public void resealNotes(UUID id, String noteKeyId, byte[] sealed) {
        handle.createUpdate("UPDATE contact SET notes_key_id = :k, notes_sealed = :s WHERE id = :id")
                .bind("k", noteKeyId).bind("s", sealed).bind("id", id).execute();
    }

    @Override
    public int clearNotesUnder(String noteKeyId) {
        return handle.createUpdate("UPDATE contact SET notes_sealed = NULL"
                        + " WHERE notes_key_id = :k AND notes_hold = FALSE AND notes_sealed IS NOT NULL")
                .bind("k", noteKeyId).execute();
    }

    @Override
    public int clearReleasedNotesUnder(String noteKeyId, LocalDate before) {
        return handle.createUpdate("UPDATE contact SET notes_sealed = NULL WHERE notes_key_id = :k"
                        + " AND notes_hold = FALSE AND notes_sealed IS NOT NULL AND local_date < :d")
                .bind("k", noteKeyId).bind("d", before).execute();
    }

    @Override
    public boolean clearReleasedNotesIsNeeded(String noteKeyId, LocalDate before) {
        return handle.createQuery("SELECT COUNT(*) FROM contact WHERE notes_key_id = :k"
                        + " AND notes_hold = FALSE AND notes_sealed IS NOT NULL AND local_date < :d")
                .bind("k", noteKeyId).bind("d", before).mapTo(Long.class).one() > 0;
    }

    private void insertCodes(ContactRow row) {
        var started = utc(row.startedAt());
        for (String code : row.topics()) {
            handle.createUpdate(INSERT_TOPIC)
                    .bind("id", row.id()).bind("code", code).bind("at", started).execute();
        }
        for (String code : row.outcomes()) {
            handle.createUpdate(INSERT_OUTCOME)
                    .bind("id", row.id()).bind("code", code).bind("at", started).execute();
        }
    }

    /** Loads topics and outcomes for a page in two queries rather than two per row. */
    private List<ContactRow> withCodes(List<ContactRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<UUID> ids = rows.stream().map(ContactRow::id).toList();
        Map<UUID, List<String>> topics = codes("contact_topic", ids);
        Map<UUID, List<String>> outcomes = codes("contact_outcome", ids);
        List<ContactRow> out = new ArrayList<>(rows.size());
        for (ContactRow r : rows) {
            out.add(new ContactRow(r.id(), r.startedAt(), r.localStart(), r.durationSeconds(), r.channel(),
                    r.callerType(), r.data(), r.source(), topics.getOrDefault(r.id(), List.of()),
                    outcomes.getOrDefault(r.id(), List.of()), r.notesKeyId(), r.notesSealed(), r.notesHold(),
                    r.callerCodeHash(), r.createdBy(), r.createdAt(), r.updatedAt(), r.version(), r.notesScheme()));
        }
        return out;
    }

    private Map<UUID, List<String>> codes(String table, List<UUID> ids) {
        Map<UUID, List<String>> byId = new HashMap<>();
        handle.createQuery("SELECT contact_id, code FROM " + table + " WHERE contact_id IN (<ids>) ORDER BY code")
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    byId.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                    return null;
                })
                .list();
        return byId;
    }

    private static Map<String, Object> values(ContactRow row) {
        Map<String, Object> v = new HashMap<>();
        v.put("id", row.id());
        v.put("started", utc(row.startedAt()));
        v.put("localDate", row.localStart().toLocalDate());
        v.put("localHour", row.localStart().getHour());
        v.put("localDow", row.localStart().getDayOfWeek().getValue());
        v.put("duration", row.durationSeconds());
        v.put("channel", row.channel());
        v.put("callerType", row.callerType());
        v.put("data", row.data());
        v.put("source", row.source());
        v.put("noteKey", row.notesKeyId());
        v.put("notes", row.notesSealed());
        v.put("hold", row.notesHold());
        v.put("code", row.callerCodeHash());
        v.put("updatedAt", utc(row.updatedAt()));
        v.put("version", row.version());
        v.put("scheme", row.notesScheme());
        return v;
    }

    private ContactRow mapRow(ResultSet rs) throws SQLException {
        Instant started = rs.getObject("started_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
        LocalDateTime local = LocalDateTime.ofInstant(started, zone);
        return new ContactRow(rs.getObject("id", UUID.class), started, local, rs.getInt("duration_seconds"),
                rs.getString("channel"), rs.getString("caller_type"), rs.getBoolean("is_data"), rs.getString("source"),
                List.of(), List.of(), rs.getString("notes_key_id"), rs.getBytes("notes_sealed"),
                rs.getBoolean("notes_hold"), rs.getString("caller_code_hash"), rs.getLong("created_by"),
                rs.getObject("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getObject("updated_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt("version"),
                rs.getInt("notes_scheme"));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Builds the WHERE clause of a filter with named parameters only (no value ever enters the SQL text). */
    private static final class Where {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        Where(ContactFilter f) {
            if (f.from() != null) {
                add("c.started_at >= :from");
                params.put("from", utc(f.from()));
            }
            if (f.to() != null) {
                add("c.started_at < :to");
                params.put("to", utc(f.to()));
            }
            eq("c.channel", "channel", f.channel());
            eq("c.caller_type", "callerType", f.callerType());
            eq("c.source", "source", f.source());
            if (f.callerGroup() != null) {
                add("c.caller_type IN (SELECT t.code FROM taxonomy t WHERE t.dimension = 'caller_type'"
                        + " AND t.group_code = :callerGroup)");
                params.put("callerGroup", f.callerGroup());
            }
            if (f.topic() != null) {
                add("EXISTS (SELECT 1 FROM contact_topic t WHERE t.contact_id = c.id AND t.code = :topic)");
                params.put("topic", f.topic());
            }
            if (f.outcome() != null) {
                add("EXISTS (SELECT 1 FROM contact_outcome o WHERE o.contact_id = c.id AND o.code = :outcome)");
                params.put("outcome", f.outcome());
            }
            if (f.staffId() != null) {
                add("c.created_by = :staff");
                params.put("staff", f.staffId());
            }
            if (f.data() != null) {
                add("c.is_data = :isData");
                params.put("isData", f.data());
            }
        }

        void add(String clause) {
            clauses.add(clause);
        }

        private void eq(String column, String name, String value) {
            if (value != null) {
                add(column + " = :" + name);
                params.put(name, value);
            }
        }

        String sql() {
            return clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses);
        }
    }
}
