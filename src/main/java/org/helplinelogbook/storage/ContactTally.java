package org.helplinelogbook.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.helplinelogbook.domain.ContactRow;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The daily counts in {@code contact_tally} (migration V3), changed in the same transaction as the contacts they
 * count. Every write adds +1 for each key of a new contact and −1 for each key of the stored one it replaces, so
 * the table always equals {@link #REBUILD}'s {@code GROUP BY}s over the contact tables; {@link #matches} checks it.
 * Keys are applied in sorted order so that two desks on a shared logbook lock tally rows in the same order.
 */
final class ContactTally {

    static final String TOTAL = "total";
    static final String WEEKDAY_HOUR = "weekday_hour";

    /** One tally row's key. */
    record Key(String dimension, LocalDate date, String code, boolean data) {}

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::dimension).thenComparing(Key::date)
            .thenComparing(Key::code).thenComparing(Key::data);

    private static final String INSERT = "INSERT INTO contact_tally (dimension, local_date, code, is_data, contacts) ";

    /** The V3 backfill: one {@code GROUP BY} per dimension, optionally for one day ({@code :day}). */
    private static final List<String> REBUILD = List.of(
            "SELECT 'total', c.local_date, '', c.is_data, COUNT(*) FROM contact c %s GROUP BY c.local_date, c.is_data",
            "SELECT 'channel', c.local_date, c.channel, c.is_data, COUNT(*) FROM contact c %s"
                    + " GROUP BY c.local_date, c.channel, c.is_data",
            "SELECT 'caller_type', c.local_date, c.caller_type, c.is_data, COUNT(*) FROM contact c %s"
                    + " GROUP BY c.local_date, c.caller_type, c.is_data",
            "SELECT 'source', c.local_date, COALESCE(c.source, ''), c.is_data, COUNT(*) FROM contact c %s"
                    + " GROUP BY c.local_date, COALESCE(c.source, ''), c.is_data",
            "SELECT 'topic', c.local_date, t.code, c.is_data, COUNT(*) FROM contact_topic t"
                    + " JOIN contact c ON c.id = t.contact_id %s GROUP BY c.local_date, t.code, c.is_data",
            "SELECT 'outcome', c.local_date, o.code, c.is_data, COUNT(*) FROM contact_outcome o"
                    + " JOIN contact c ON c.id = o.contact_id %s GROUP BY c.local_date, o.code, c.is_data",
            "SELECT 'weekday_hour', c.local_date, CAST(c.local_dow * 100 + c.local_hour AS VARCHAR(8)), c.is_data,"
                    + " COUNT(*) FROM contact c %s GROUP BY c.local_date, c.local_dow, c.local_hour, c.is_data");

    private final Map<Key, Long> deltas = new TreeMap<>(ORDER);

    /** Counts {@code row} as added ({@code +1}) or removed ({@code -1}). */
    ContactTally add(ContactRow row, int sign) {
        var local = row.localStart();
        add(local.toLocalDate(), local.getDayOfWeek().getValue(), local.getHour(), row.data(), row.channel(),
                row.callerType(), row.source(), row.topics(), row.outcomes(), sign);
        return this;
    }

    /**
     * Counts a contact as stored (its own local date, weekday and hour, whatever the zone is now) as removed.
     * Empty when no contact {@code id} at {@code version} exists.
     */
    static Optional<ContactTally> removingStored(Handle handle, UUID id, int version) {
        return handle.createQuery("SELECT local_date, local_dow, local_hour, is_data, channel, caller_type, source"
                        + " FROM contact WHERE id = :id AND version = :v")
                .bind("id", id).bind("v", version)
                .map((rs, ctx) -> new Stored(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .findOne()
                .map(c -> new ContactTally().add(c.date(), c.dow(), c.hour(), c.data(), c.channel(), c.callerType(),
                        c.source(), codes(handle, "contact_topic", id), codes(handle, "contact_outcome", id), -1));
    }

    /** The tally columns of a stored contact. */
    private record Stored(LocalDate date, int dow, int hour, boolean data, String channel, String callerType,
            String source) {}

    private ContactTally add(LocalDate date, int dow, int hour, boolean data, String channel, String callerType,
            String source, List<String> topics, List<String> outcomes, int sign) {
        count(TOTAL, date, "", data, sign);
        count("channel", date, channel, data, sign);
        count("caller_type", date, callerType, data, sign);
        count("source", date, source == null ? "" : source, data, sign);
        topics.forEach(code -> count("topic", date, code, data, sign));
        outcomes.forEach(code -> count("outcome", date, code, data, sign));
        count(WEEKDAY_HOUR, date, String.valueOf(dow * 100 + hour), data, sign);
        return this;
    }

    private void count(String dimension, LocalDate date, String code, boolean data, int sign) {
        deltas.merge(new Key(dimension, date, code, data), (long) sign, Long::sum);
    }

    /**
     * Writes the counted changes; call it after the contact tables were changed. A removal that finds no row means
     * the tally had drifted from the contacts: that day is recounted instead.
     */
    void apply(Handle handle) {
        List<Map.Entry<Key, Long>> changes = deltas.entrySet().stream().filter(e -> e.getValue() != 0).toList();
        if (changes.isEmpty()) {
            return;
        }
        int[] updated = update(handle, changes);
        Set<LocalDate> drifted = new TreeSet<>();
        List<Map.Entry<Key, Long>> created = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0 && changes.get(i).getValue() < 0) {
                drifted.add(changes.get(i).getKey().date());
            } else if (updated[i] == 0) {
                created.add(changes.get(i));
            }
        }
        if (!created.isEmpty()) {
            PreparedBatch insert = handle.prepareBatch(INSERT
                    + "VALUES (:dimension, :date, :code, :data, :n) ON CONFLICT DO NOTHING");
            created.forEach(e -> bind(insert, e.getKey()).bind("n", e.getValue()).add());
            int[] inserted = insert.execute();
            // Another desk may have created the same row between our UPDATE and INSERT: then add to theirs.
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] == 0) {
                    update(handle, List.of(created.get(i)));
                }
            }
        }
        // Rows that fell to zero go, so a period's rows are only the codes it has.
        PreparedBatch empty = handle.prepareBatch("DELETE FROM contact_tally WHERE dimension = :dimension"
                + " AND local_date = :date AND code = :code AND is_data = :data AND contacts = 0");
        changes.stream().filter(e -> e.getValue() < 0).forEach(e -> bind(empty, e.getKey()).add());
        if (empty.size() > 0) {
            empty.execute();
        }
        // Called after the contact tables were written, so a rebuilt day is already the new state.
        drifted.forEach(day -> rebuild(handle, day));
    }

    private static int[] update(Handle handle, List<Map.Entry<Key, Long>> changes) {
        PreparedBatch batch = handle.prepareBatch("UPDATE contact_tally SET contacts = contacts + :n"
                + " WHERE dimension = :dimension AND local_date = :date AND code = :code AND is_data = :data");
        changes.forEach(e -> bind(batch, e.getKey()).bind("n", e.getValue()).add());
        return batch.execute();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Key key) {
        return statement.bind("dimension", key.dimension()).bind("date", key.date()).bind("code", key.code())
                .bind("data", key.data());
    }

    /** Recomputes the whole tally ({@code day} null) or one day's rows from the contact tables. */
    static void rebuild(Handle handle, LocalDate day) {
        if (day == null) {
            handle.execute("DELETE FROM contact_tally");
        } else {
            handle.createUpdate("DELETE FROM contact_tally WHERE local_date = :day").bind("day", day).execute();
        }
        for (String select : REBUILD) {
            String where = day == null ? "" : "WHERE c.local_date = :day";
            var update = handle.createUpdate(INSERT + String.format(select, where));
            if (day != null) {
                update.bind("day", day);
            }
            update.execute();
        }
    }

    /** Whether the stored tally equals a fresh count of the contact tables (both ways, row by row). */
    static boolean matches(Handle handle) {
        String columns = " (dimension, local_date, code, is_data, contacts)";
        // The fresh count as one derived table, so that EXCEPT applies to the whole UNION ALL.
        String fresh = "SELECT * FROM (" + String.join(" UNION ALL ", REBUILD.stream().map(s -> String.format(s, ""))
                .toList()) + ") AS f" + columns;
        String stored = "SELECT dimension, local_date, code, is_data, contacts FROM contact_tally";
        long missing = handle.createQuery("SELECT COUNT(*) FROM (" + fresh + " EXCEPT " + stored + ") AS x" + columns)
                .mapTo(Long.class).one();
        long extra = handle.createQuery("SELECT COUNT(*) FROM (" + stored + " EXCEPT " + fresh + ") AS x" + columns)
                .mapTo(Long.class).one();
        return missing == 0 && extra == 0;
    }

    private static List<String> codes(Handle handle, String table, UUID id) {
        return handle.createQuery("SELECT code FROM " + table + " WHERE contact_id = :id").bind("id", id)
                .mapTo(String.class).list();
    }
}
