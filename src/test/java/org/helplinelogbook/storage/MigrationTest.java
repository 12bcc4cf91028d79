package org.helplinelogbook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import org.helplinelogbook.security.DataKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void migrationsCreateEveryTableOnEncryptedH2() {
        try (var db = Database.openH2(dir, DataKey.generate(), true)) {
            var tables = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                    .mapTo(String.class).list());
            assertThat(tables).contains("contact", "contact_topic", "contact_outcome", "taxonomy", "staff",
                    "campaign", "audit_entry", "note_key", "draft", "setting");
            assertThat(JdbiStore.storedZone(db)).isEqualTo(java.time.ZoneOffset.UTC);
        }
    }
}
