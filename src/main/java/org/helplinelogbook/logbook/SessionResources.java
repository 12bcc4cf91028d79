package org.helplinelogbook.logbook;

import java.nio.file.Path;
import java.time.ZoneId;
import org.helplinelogbook.domain.ChangeFeed;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.AuditTrail;
import org.helplinelogbook.security.CallerCodeHasher;
import org.helplinelogbook.security.DataKey;
import org.helplinelogbook.security.KeySlotFile;
import org.helplinelogbook.security.NoteVault;
import org.helplinelogbook.storage.Database;
import org.helplinelogbook.storage.JdbiStore;
import org.helplinelogbook.storage.OwnerOnlyFiles;
import org.helplinelogbook.storage.ServerSlots;
import org.helplinelogbook.storage.StorageException;

/**
 * What unlocking gave a session and closing gives back: the folder's single-writer lock, the data key and the keys
 * made from it (note vault, codeword hasher, audit trail), and the open database with its repositories. Kept apart
 * from {@link Logbook} so the session reads as who is signed in and which services they have, and so everything
 * that must be wiped or released is listed, and released, in one place.
 */
final class SessionResources {

    private final Path dataDir;
    private final LogbookLock lock;
    private final KeySlotFile slots;
    private final DataKey key;
    private final Database database;
    private final ZoneId zone;
    private final JdbiStore store;
    private final NoteVault notes;
    private final CallerCodeHasher codes;
    private final AuditTrail audit;
    /** Shared logbook only: reads and rewrites the key slots on the server; null for a single-desk logbook. */
    private final Store sharedSlotStore;
    private final ChangeFeed changes;

    /** @param anchor where the audit anchor is kept: the key-slot file, or a shared logbook's desk-local file */
    SessionResources(Path dataDir, LogbookLock lock, KeySlotFile slots, KeySlotFile anchor, DataKey key,
            Database database) {
        this.zone = JdbiStore.storedZone(database);
        this.store = new JdbiStore(database, zone);
        this.dataDir = dataDir;
        this.lock = lock;
        this.slots = slots;
        this.key = key;
        this.database = database;
        this.notes = new NoteVault(key, zone, Retention::oweRewrite);
        this.codes = new CallerCodeHasher(key, store);
        this.audit = new AuditTrail(key, anchor);
        this.sharedSlotStore = database.isEmbedded() ? null : store;
        this.changes = database.changeFeed();
    }

    ZoneId zone() {
        return zone;
    }

    /** The repositories as they are, without the session's "refuse once locked" check (see {@link SessionStore}). */
    Store store() {
        return store;
    }

    DataKey key() {
        return key;
    }

    NoteVault notes() {
        return notes;
    }

    CallerCodeHasher codes() {
        return codes;
    }

    AuditTrail audit() {
        return audit;
    }

    Database database() {
        return database;
    }

    ChangeFeed changes() {
        return changes;
    }

    boolean isShared() {
        return sharedSlotStore != null;
    }

    /** The key slots; for a shared logbook read afresh from the server, so changes from other desks are kept. */
    KeySlotFile slots() {
        if (sharedSlotStore == null) {
            return slots;
        }
        try {
            return ServerSlots.load(sharedSlotStore);
        } catch (StorageException e) {
            throw LogbookException.of(e);
        }
    }

    /**
     * Closes the database, first rewriting the file with only its live pages when {@code compact} is asked or a
     * rewrite is owed ({@link ShredCompaction}), then wipes every key and releases the lock, whatever failed before.
     */
    void close(boolean compact) {
        try {
            if (changes instanceof AutoCloseable feed) {
                try {
                    feed.close();
                } catch (Exception ignored) {
                    // listeners stop on their own once the pool is closed
                }
            }
            boolean shredOwed = ShredCompaction.owed(database, store);
            if (compact || shredOwed) {
                try {
                    database.closeCompacting();
                    // SHUTDOWN COMPACT wrote a new file with the process's default mode
                    OwnerOnlyFiles.restrict(Database.h2File(dataDir));
                    if (shredOwed) {
                        ShredCompaction.settle(dataDir, key, zone);
                    }
                } catch (StorageException e) {
                    throw LogbookException.of(e);
                }
            } else {
                database.close();
            }
        } finally {
            notes.wipe();
            codes.wipe();
            audit.close();
            key.destroy();
            lock.close();
        }
    }
}
