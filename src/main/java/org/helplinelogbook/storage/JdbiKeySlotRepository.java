package org.helplinelogbook.storage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.helplinelogbook.domain.KeySlotRepository;
import org.jdbi.v3.core.Handle;

final class JdbiKeySlotRepository implements KeySlotRepository {

    private final Handle handle;

    JdbiKeySlotRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<Stored> load() {
        return handle.createQuery("SELECT slots_json, version FROM key_slot WHERE id = 1")
                .map((rs, ctx) -> new Stored(rs.getString(1).getBytes(StandardCharsets.UTF_8), rs.getInt(2)))
                .findOne();
    }

    @Override
    public Optional<Integer> replace(byte[] json, int expectedVersion) {
        String text = new String(json, StandardCharsets.UTF_8);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        if (expectedVersion == 0) {
            boolean exists = handle.createQuery("SELECT COUNT(*) FROM key_slot WHERE id = 1").mapTo(Long.class).one() > 0;
            if (exists) {
                return Optional.empty();
            }
            handle.createUpdate("INSERT INTO key_slot (id, slots_json, version, updated_at) VALUES (1, :j, 1, :t)")
                    .bind("j", text).bind("t", now).execute();
            return Optional.of(1);
        }
        int updated = handle.createUpdate("UPDATE key_slot SET slots_json = :j, version = version + 1, updated_at = :t"
                        + " WHERE id = 1 AND version = :v")
                .bind("j", text).bind("t", now).bind("v", expectedVersion).execute();
        return updated == 1 ? Optional.of(expectedVersion + 1) : Optional.empty();
    }
}
