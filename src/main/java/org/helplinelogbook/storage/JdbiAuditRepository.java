package org.helplinelogbook.storage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.helplinelogbook.domain.AuditRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiAuditRepository implements AuditRepository {

    private static final String SELECT = "SELECT seq, logged_at, staff_id, action, record_id, fields, counts, mac FROM audit_entry ";
    private static final RowMapper<AuditEntry> MAPPER = (rs, ctx) -> new AuditEntry(rs.getLong("seq"),
            rs.getObject("logged_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
            rs.getObject("staff_id") == null ? null : rs.getLong("staff_id"), rs.getString("action"),
            rs.getString("record_id"), rs.getString("fields"), rs.getString("counts"), rs.getString("mac"));

    private final Handle handle;
    private final boolean embedded;

    JdbiAuditRepository(Handle handle) {
        this(handle, true);
    }

    JdbiAuditRepository(Handle handle, boolean embedded) {
        this.handle = handle;
        this.embedded = embedded;
    }

    @Override
    public void lockForAppend() {
        if (!embedded) {
            AdvisoryLocks.lockChain(handle);
        }
    }

    @Override
    public void append(AuditEntry e) {
        handle.createUpdate("INSERT INTO audit_entry (seq, logged_at, staff_id, action, record_id, fields, counts, mac)"
                        + " VALUES (:seq, :at, :staff, :action, :record, :fields, :counts, :mac)")
                .bind("seq", e.seq()).bind("at", LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC))
                .bind("staff", e.staffId()).bind("action", e.action()).bind("record", e.recordId())
                .bind("fields", e.fields()).bind("counts", e.counts()).bind("mac", e.mac())
                .execute();
    }

    @Override
    public Optional<AuditEntry> last() {
        return handle.createQuery(SELECT + "ORDER BY seq DESC LIMIT 1").map(MAPPER).findOne();
    }

    @Override
    public List<AuditEntry> all() {
        return handle.createQuery(SELECT + "ORDER BY seq").map(MAPPER).list();
    }

    @Override
    public List<AuditEntry> page(long beforeSeq, int limit) {
        return handle.createQuery(SELECT + "WHERE seq < :b ORDER BY seq DESC LIMIT :l")
                .bind("b", beforeSeq).bind("l", limit).map(MAPPER).list();
    }

    @Override
    public List<AuditEntry> page(long beforeSeq, String action, Long staffId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append("WHERE seq < :b");
        if (action != null) {
            sql.append(" AND action = :action");
        }
        if (staffId != null) {
            sql.append(" AND staff_id = :staff");
        }
        var query = handle.createQuery(sql.append(" ORDER BY seq DESC LIMIT :l").toString())
                .bind("b", beforeSeq).bind("l", limit);
        if (action != null) {
            query.bind("action", action);
        }
        if (staffId != null) {
            query.bind("staff", staffId);
        }
        return query.map(MAPPER).list();
    }

    @Override
    public List<String> actions() {
        return handle.createQuery("SELECT DISTINCT action FROM audit_entry ORDER BY action").mapTo(String.class).list();
    }
}
