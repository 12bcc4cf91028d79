package org.helplinelogbook.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.helplinelogbook.domain.AuthorKeyRepository;
import org.jdbi.v3.core.Handle;

final class JdbiAuthorKeyRepository implements AuthorKeyRepository {

    private final Handle handle;

    JdbiAuthorKeyRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<AuthorKey> find(String keyId) {
        return handle.createQuery("SELECT key_id, staff_id, key_day, wrapped_key FROM author_key WHERE key_id = :k")
                .bind("k", keyId)
                .map((rs, ctx) -> new AuthorKey(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getBytes(4)))
                .findOne();
    }

    @Override
    public void insert(String keyId, long staffId, LocalDate day, byte[] wrappedKey) {
        handle.createUpdate("INSERT INTO author_key (key_id, staff_id, key_day, wrapped_key, created_at)"
                        + " VALUES (:k, :s, :d, :w, :t)")
                .bind("k", keyId).bind("s", staffId).bind("d", day).bind("w", wrappedKey)
                .bind("t", LocalDateTime.now(ZoneOffset.UTC)).execute();
    }

    @Override
    public int destroyBefore(LocalDate day) {
        return handle.createUpdate("UPDATE author_key SET wrapped_key = NULL, destroyed_at = :t"
                        + " WHERE key_day < :d AND wrapped_key IS NOT NULL")
                .bind("d", day).bind("t", LocalDateTime.now(ZoneOffset.UTC)).execute();
    }

    @Override
    public int destroyForStaff(long staffId) {
        return handle.createUpdate("UPDATE author_key SET wrapped_key = NULL, destroyed_at = :t"
                        + " WHERE staff_id = :s AND wrapped_key IS NOT NULL")
                .bind("s", staffId).bind("t", LocalDateTime.now(ZoneOffset.UTC)).execute();
    }
}
