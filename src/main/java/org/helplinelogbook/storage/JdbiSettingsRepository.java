package org.helplinelogbook.storage;

import java.util.Optional;
import org.helplinelogbook.domain.SettingsRepository;
import org.jdbi.v3.core.Handle;

final class JdbiSettingsRepository implements SettingsRepository {

    private final Handle handle;

    JdbiSettingsRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<String> get(String name) {
        return handle.createQuery("SELECT setting_value FROM setting WHERE name = :n").bind("n", name)
                .mapTo(String.class).findOne();
    }

    @Override
    public void put(String name, String value) {
        // Portable upsert: no ON CONFLICT/MERGE differences between H2 and PostgreSQL.
        int updated = handle.createUpdate("UPDATE setting SET setting_value = :v WHERE name = :n")
                .bind("n", name).bind("v", value).execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO setting (name, setting_value) VALUES (:n, :v)")
                    .bind("n", name).bind("v", value).execute();
        }
    }
}
