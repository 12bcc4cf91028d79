package org.helplinelogbook.logbook;

import java.nio.file.Path;
import java.time.ZoneId;
import org.helplinelogbook.domain.LogbookSettings;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;

/**
 * The file rewrite owed at close after note text, a draft or a note key was removed ({@code Retention.oweRewrite}):
 * H2 keeps old pages in its free space until the file is rewritten ({@code SHUTDOWN COMPACT}).
 */
final class ShredCompaction {

    private ShredCompaction() {}

    /**
     * Whether a rewrite is owed. Only the embedded file keeps old pages; a shared logbook's server has its own (see
     * docs/threat-model-server.md).
     */
    static boolean owed(Database database, Store store) {
        try {
            return database.isEmbedded() && store.read(r -> r.settings().get(LogbookSettings.SHRED_COMPACTION_OWED))
                    .map("true"::equals).orElse(false);
        } catch (RuntimeException e) {
            return false; // closing must go on; the next close tries again
        }
    }

    /**
     * After the rewrite: opens the file once more to record that nothing is owed. Recorded only now, so a crash during
     * the rewrite leaves the compaction owed and the next close does it again.
     */
    static void settle(Path dataDir, DataKey key, ZoneId zone) {
        try (Database again = Database.openH2(dataDir, key, false)) {
            new JdbiStore(again, zone).write(r -> {
                r.settings().put(LogbookSettings.SHRED_COMPACTION_OWED, "false");
                return null;
            });
        }
    }
}
