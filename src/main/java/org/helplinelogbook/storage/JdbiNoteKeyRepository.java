package org.helplinelogbook.storage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.helplinelogbook.domain.NoteKeyRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiNoteKeyRepository implements NoteKeyRepository {

    private static final RowMapper<NoteKey> MAPPER = (rs, ctx) ->
            new NoteKey(rs.getString(1), rs.getBytes(2), rs.getTimestamp(3) != null);

    private final Handle handle;

    JdbiNoteKeyRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<NoteKey> find(String keyId) {
        return handle.createQuery("SELECT key_id, wrapped_key, destroyed_at FROM note_key WHERE key_id = :k")
                .bind("k", keyId).map(MAPPER).findOne();
    }

    @Override
    public void insert(String keyId, byte[] wrappedKey) {
        handle.createUpdate("INSERT INTO note_key (key_id, wrapped_key, created_at) VALUES (:k, :w, :t)")
                .bind("k", keyId).bind("w", wrappedKey).bind("t", LocalDateTime.now(ZoneOffset.UTC)).execute();
    }

    @Override
    public void destroy(String keyId) {
        handle.createUpdate("UPDATE note_key SET wrapped_key = NULL, destroyed_at = :t WHERE key_id = :k")
                .bind("k", keyId).bind("t", LocalDateTime.now(ZoneOffset.UTC)).execute();
    }

    @Override
    public List<NoteKey> list() {
        return handle.createQuery("SELECT key_id, wrapped_key, destroyed_at FROM note_key ORDER BY key_id")
                .map(MAPPER).list();
    }
}
