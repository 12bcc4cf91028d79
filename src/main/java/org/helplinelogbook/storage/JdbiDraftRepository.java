package org.helplinelogbook.storage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.helplinelogbook.domain.DraftRepository;
import org.jdbi.v3.core.Handle;

final class JdbiDraftRepository implements DraftRepository {

    private final Handle handle;

    JdbiDraftRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void save(long staffId, byte[] sealed) {
        var now = LocalDateTime.now(ZoneOffset.UTC);
        int updated = handle.createUpdate("UPDATE draft SET sealed = :s, saved_at = :t WHERE staff_id = :id")
                .bind("s", sealed).bind("t", now).bind("id", staffId).execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO draft (staff_id, sealed, saved_at) VALUES (:id, :s, :t)")
                    .bind("s", sealed).bind("t", now).bind("id", staffId).execute();
        }
    }

    @Override
    public Optional<byte[]> load(long staffId) {
        return handle.createQuery("SELECT sealed FROM draft WHERE staff_id = :id").bind("id", staffId)
                .mapTo(byte[].class).findOne();
    }

    @Override
    public boolean delete(long staffId) {
        return handle.createUpdate("DELETE FROM draft WHERE staff_id = :id").bind("id", staffId).execute() > 0;
    }
}
