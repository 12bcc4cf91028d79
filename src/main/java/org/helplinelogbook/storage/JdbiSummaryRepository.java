package org.helplinelogbook.storage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helplinelogbook.domain.Dimension;
import org.helplinelogbook.domain.SummaryRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Summary aggregates in SQL that runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15. Additive counts are
 * sums over the daily counts of {@code contact_tally} (kept by {@link ContactTally}); durations and codewords, which
 * do not add up across days, are one range scan of the covering index {@code contact_day} (migration V3).
 */
final class JdbiSummaryRepository implements SummaryRepository {

    private static final String DAYS = " local_date >= :first AND local_date <= :last";

    private final Handle handle;

    JdbiSummaryRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Totals totals(LocalDate first, LocalDate last) {
        long[] byData = new long[2];
        days(handle.createQuery("SELECT is_data, SUM(contacts) FROM contact_tally WHERE dimension = '"
                        + ContactTally.TOTAL + "' AND" + DAYS + " GROUP BY is_data"), first, last)
                .map((rs, ctx) -> byData[rs.getBoolean(1) ? 1 : 0] = rs.getLong(2))
                .list();
        return new Totals(byData[0] + byData[1], byData[1], byData[0]);
    }

    @Override
    public Map<String, Long> byDimension(Dimension dimension, LocalDate first, LocalDate last, boolean dataOnly) {
        String data = dataOnly ? " AND x.is_data = TRUE" : "";
        String sql = dimension == Dimension.CALLER_GROUP
                ? "SELECT t.group_code, SUM(x.contacts) FROM contact_tally x LEFT JOIN taxonomy t"
                        + " ON t.dimension = 'caller_type' AND t.code = x.code"
                        + " WHERE x.dimension = 'caller_type' AND x.local_date >= :first AND x.local_date <= :last"
                        + data + " GROUP BY t.group_code"
                : "SELECT x.code, SUM(x.contacts) FROM contact_tally x WHERE x.dimension = :dimension"
                        + " AND x.local_date >= :first AND x.local_date <= :last" + data + " GROUP BY x.code";
        Map<String, Long> counts = new LinkedHashMap<>();
        Query query = days(handle.createQuery(sql), first, last);
        if (dimension != Dimension.CALLER_GROUP) {
            query.bind("dimension", dimension.code());
        }
        query.map((rs, ctx) -> {
                    String code = rs.getString(1);
                    long n = rs.getLong(2);
                    if (n > 0) {
                        counts.merge(code == null || code.isEmpty() ? NONE : code, n, Long::sum);
                    }
                    return null;
                })
                .list();
        return counts;
    }

    @Override
    public List<DayCount> perDay(LocalDate first, LocalDate last) {
        return days(handle.createQuery("SELECT local_date, SUM(contacts),"
                        + " SUM(CASE WHEN is_data THEN contacts ELSE 0 END) FROM contact_tally"
                        + " WHERE dimension = '" + ContactTally.TOTAL + "' AND" + DAYS
                        + " GROUP BY local_date ORDER BY local_date"),
                first, last)
                .map((rs, ctx) -> new DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    @Override
    public List<HourCell> heatMap(LocalDate first, LocalDate last) {
        List<HourCell> cells = new ArrayList<>(days(handle.createQuery("SELECT code, SUM(contacts) FROM contact_tally"
                        + " WHERE dimension = '" + ContactTally.WEEKDAY_HOUR + "' AND" + DAYS + " GROUP BY code"),
                first, last)
                .map((rs, ctx) -> {
                    int dowHour = Integer.parseInt(rs.getString(1));
                    return new HourCell(dowHour / 100, dowHour % 100, rs.getLong(2));
                })
                .list());
        cells.sort(Comparator.comparingInt(HourCell::dayOfWeek).thenComparingInt(HourCell::hour));
        return cells;
    }

    @Override
    public Durations durations(LocalDate first, LocalDate last) {
        return days(handle.createQuery("SELECT COUNT(*),"
                        + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY duration_seconds),"
                        + " PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY duration_seconds)"
                        + " FROM contact WHERE" + DAYS + " AND is_data = TRUE"), first, last)
                .map((rs, ctx) -> new Durations(rs.getLong(1), number(rs.getObject(2)), number(rs.getObject(3))))
                .one();
    }

    @Override
    public CallerCodes callerCodes(LocalDate first, LocalDate last) {
        return days(handle.createQuery("SELECT COUNT(caller_code_hash), COUNT(DISTINCT caller_code_hash)"
                        + " FROM contact WHERE" + DAYS + " AND caller_code_hash IS NOT NULL"), first, last)
                .map((rs, ctx) -> new CallerCodes(rs.getLong(1), rs.getLong(2)))
                .one();
    }

    @Override
    public boolean countsAreConsistent() {
        return ContactTally.matches(handle);
    }

    @Override
    public void recount() {
        ContactTally.rebuild(handle, null);
    }

    private static Query days(Query query, LocalDate first, LocalDate last) {
        return query.bind("first", first).bind("last", last);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
