package org.helplinelogbook.storage;

import static org.helplinelogbook.storage.JdbiContactRepository.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.SummaryRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Summary aggregates in SQL that runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15. Each is a single
 * {@code GROUP BY} over a {@code started_at} range, served by the covering indexes of V1 where the columns allow
 * (contact_summary, contact_topic_period, contact_outcome_period, contact_code).
 */
final class JdbiSummaryRepository implements SummaryRepository {

    private static final String RANGE = " started_at >= :from AND started_at < :to";
    private static final String DATA_COUNT = "COALESCE(SUM(CASE WHEN is_data THEN 1 ELSE 0 END), 0)";

    private final Handle handle;

    JdbiSummaryRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Totals totals(Instant from, Instant to) {
        return range(handle.createQuery("SELECT COUNT(*), " + DATA_COUNT + " FROM contact WHERE" + RANGE), from, to)
                .map((rs, ctx) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(1) - rs.getLong(2)))
                .one();
    }

    @Override
    public Map<String, Long> byDimension(Dimension dimension, Instant from, Instant to, boolean dataOnly) {
        String data = dataOnly ? " AND is_data = TRUE" : "";
        String sql = switch (dimension) {
            case CHANNEL -> "SELECT channel, COUNT(*) FROM contact WHERE" + RANGE + data + " GROUP BY channel";
            case CALLER_TYPE -> "SELECT caller_type, COUNT(*) FROM contact WHERE" + RANGE + data
                    + " GROUP BY caller_type";
            case SOURCE -> "SELECT source, COUNT(*) FROM contact WHERE" + RANGE + data + " GROUP BY source";
            case CALLER_GROUP -> "SELECT t.group_code, COUNT(*) FROM contact c LEFT JOIN taxonomy t"
                    + " ON t.dimension = 'caller_type' AND t.code = c.caller_type"
                    + " WHERE c.started_at >= :from AND c.started_at < :to" + (dataOnly ? " AND c.is_data = TRUE" : "")
                    + " GROUP BY t.group_code";
            case TOPIC, OUTCOME -> {
                // Topics and outcomes are only ever stored for data contacts (ContactService.toRow drops them
                // otherwise, on save, import and edit), so "data only" needs no join to contact. The join read
                // two table rows per code (contact_topic's, for contact_id, then contact's): 4× the plain
                // index scan on a month of 200,000 contacts (docs/benchmarks.md).
                String table = dimension == Dimension.TOPIC ? "contact_topic" : "contact_outcome";
                yield "SELECT code, COUNT(*) FROM " + table + " WHERE" + RANGE + " GROUP BY code";
            }
        };
        Map<String, Long> counts = new LinkedHashMap<>();
        range(handle.createQuery(sql), from, to)
                .map((rs, ctx) -> {
                    String code = rs.getString(1);
                    counts.merge(code == null ? NONE : code, rs.getLong(2), Long::sum);
                    return null;
                })
                .list();
        return counts;
    }

    @Override
    public List<DayCount> perDay(Instant from, Instant to) {
        return range(handle.createQuery("SELECT local_date, COUNT(*), " + DATA_COUNT + " FROM contact WHERE" + RANGE
                        + " GROUP BY local_date ORDER BY local_date"), from, to)
                .map((rs, ctx) -> new DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    @Override
    public List<HourCell> heatMap(Instant from, Instant to) {
        return range(handle.createQuery("SELECT local_dow, local_hour, COUNT(*) FROM contact WHERE" + RANGE
                        + " GROUP BY local_dow, local_hour ORDER BY local_dow, local_hour"), from, to)
                .map((rs, ctx) -> new HourCell(rs.getInt(1), rs.getInt(2), rs.getLong(3)))
                .list();
    }

    @Override
    public Durations durations(Instant from, Instant to) {
        return range(handle.createQuery("SELECT COUNT(*),"
                        + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY duration_seconds),"
                        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY duration_seconds)"
                        + " FROM contact WHERE" + RANGE + " AND is_data = TRUE"), from, to)
                .map((rs, ctx) -> new Durations(rs.getLong(1), number(rs.getObject(2)), number(rs.getObject(3))))
                .one();
    }

    @Override
    public CallerCodes callerCodes(Instant from, Instant to) {
        return range(handle.createQuery("SELECT COUNT(caller_code_hash), COUNT(DISTINCT caller_code_hash)"
                        + " FROM contact WHERE caller_code_hash IS NOT NULL AND" + RANGE), from, to)
                .map((rs, ctx) -> new CallerCodes(rs.getLong(1), rs.getLong(2)))
                .one();
    }

    private static Query range(Query query, Instant from, Instant to) {
        return query.bind("from", utc(from)).bind("to", utc(to));
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
