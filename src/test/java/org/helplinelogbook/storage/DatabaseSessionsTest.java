package org.helplinelogbook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.helplinelogbook.security.DataKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units of work on the embedded logbook reuse open H2 sessions (opening one per save cost ~130 KB of page reads,
 * docs/benchmarks.md), and closing the database still closes the file.
 */
class DatabaseSessionsTest {

    @TempDir
    Path dir;

    @Test
    void unitsOfWorkReuseAnOpenSession() {
        try (var db = Database.openH2(dir, DataKey.generate(), true)) {
            int first = sessionId(db);
            for (int i = 0; i < 5; i++) {
                assertThat(sessionId(db)).isEqualTo(first);
            }
        }
    }

    @Test
    void closingReleasesTheFileEvenAfterManySessions() throws Exception {
        var db = Database.openH2(dir, DataKey.generate(), true);
        // Several sessions at once, as background tasks beside the person's own work would use.
        db.jdbi().useHandle(a -> db.jdbi().useHandle(b -> db.jdbi().useHandle(c -> {
            a.execute("CREATE TABLE t (x INT)");
            b.execute("INSERT INTO t VALUES (1)");
            c.createQuery("SELECT COUNT(*) FROM t").mapTo(Integer.class).one();
        })));
        db.close();
        // H2 holds a lock on the open file; in the same JVM a second lock would throw OverlappingFileLockException.
        try (var channel = FileChannel.open(dir.resolve(Database.FILE_NAME + ".mv.db"), StandardOpenOption.WRITE);
                var lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
        }
    }

    private static int sessionId(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT SESSION_ID()").mapTo(Integer.class).one());
    }
}
