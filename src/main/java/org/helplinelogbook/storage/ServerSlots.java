package org.helplinelogbook.storage;

import java.io.IOException;
import java.nio.file.Path;
import org.helplinelogbook.domain.Store;
import org.helplinelogbook.security.KeySlotFile;

/**
 * Key slots of a shared logbook, kept in the server's {@code key_slot} row with the same JSON and crypto as
 * {@code keyslots.json}. Saving replaces the row only if nobody changed it since it was read (else CONFLICT).
 *
 * <p>The audit anchor stays on each desk, in {@code audit-anchor/keyslots.json} (a key-slot file with no slots):
 * an anchor on the server could be rolled back together with the log it is meant to check.
 */
public final class ServerSlots implements KeySlotFile.Storage {

    public static final String ANCHOR_FOLDER = "audit-anchor";

    private final Store store;
    private int version;

    private ServerSlots(Store store, int version) {
        this.store = store;
        this.version = version;
    }

    public static KeySlotFile createNew(Store store) {
        return KeySlotFile.createNew(new ServerSlots(store, 0));
    }

    public static boolean exist(Store store) {
        return store.read(r -> r.keySlots().load()).isPresent();
    }

    /** The slots as stored now on the server. */
    public static KeySlotFile load(Store store) {
        var stored = store.read(r -> r.keySlots().load()).orElseThrow(() -> new StorageException(
                StorageException.Kind.MISSING, "The logbook server holds no key slots: this database has no logbook"
                        + " yet, or they were removed. Restore them from the server's backup.", null));
        return KeySlotFile.fromJson(stored.json(), new ServerSlots(store, stored.version()));
    }

    /** This desk's audit anchor: the newest audit entry it has written or seen. */
    public static KeySlotFile deskAnchor(Path dataDir) {
        Path folder = dataDir.resolve(ANCHOR_FOLDER);
        try {
            OwnerOnlyFiles.createFolder(folder);
        } catch (IOException e) {
            throw new StorageException(StorageException.Kind.OTHER, "The folder " + folder + " cannot be created.", null);
        }
        return KeySlotFile.exists(folder) ? KeySlotFile.load(folder) : KeySlotFile.createNew(folder);
    }

    @Override
    public synchronized void write(byte[] json) {
        int expected = version;
        version = store.write(r -> r.keySlots().replace(json, expected)).orElseThrow(() -> new StorageException(
                StorageException.Kind.CONFLICT, "Staff accounts were changed at another desk at the same moment."
                        + " Nothing was changed; try again.", null));
    }

    @Override
    public String describe() {
        return "the logbook server";
    }
}
