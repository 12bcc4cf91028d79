package org.helplinelogbook.storage;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Chunk;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Makes H2's store header name the newest chunk before a save is reported durable (found with the kill harness on
 * logbooks of 10,000+ contacts; docs/durability.md, "Saves lost after a kill").
 *
 * <p>H2 writes each commit as a new chunk. After a kill, it finds the newest chunk by starting at the chunk its store
 * header (the file's first two blocks) names, and following each chunk's prediction of where the next one will go,
 * plus the chunk at the very end of the file. Whenever a chunk is written somewhere the previous one did not predict
 * (into a gap of a file that has held more data), H2 rewrites the header so recovery can find it. Since H2 commit
 * 8492b8c2 ("fix corner case with improper allocation in moveChunkInside, misc", December 2025, in 2.5.250 and
 * 2.5.252, the newest release) that header names the chunk <em>before</em> the one just written, whose prediction is
 * by definition wrong: recovery stops there, and every commit from that chunk on (until the next header that happens
 * to be right) is lost, although it was written and synced. In the harness that was every save a killed desk had
 * acknowledged since it signed in, and the audit anchor was then ahead of the audit chain.
 *
 * <p>So after H2 has written and synced a commit ({@code CHECKPOINT SYNC}), {@link #nameNewestChunk} checks the
 * header: if it does not name the newest chunk, it writes it as H2 2.4 did, under H2's own lock for chunk writes, and
 * syncs again. The chunks are on the disk before the header that names them (as H2 does when it moves chunks), so a
 * power cut cannot leave a header pointing at a chunk that is not there. The members used are H2 internals, hence
 * reflection; if a later H2 renames them, the logbook does not open ({@link #requireSupported}) rather than take saves
 * it might lose. Remove this class once H2 sets the newest chunk before writing the header again.
 */
final class H2StoreHeader {

    /** Set to {@code false} only by the test that shows the loss without this repair. */
    static final String PROPERTY = "helplinelogbook.h2.nameNewestChunk";

    private static final Field LAST_CHUNK = H2Internals.field(FileStore.class, "lastChunk");
    private static final Field STORE_HEADER = H2Internals.field(FileStore.class, "storeHeader");
    private static final Field SAVE_CHUNK_LOCK = H2Internals.field(FileStore.class, "saveChunkLock");
    private static final Method WRITE_STORE_HEADER = H2Internals.method(RandomAccessStore.class, "writeStoreHeader");

    private H2StoreHeader() {}

    /** Refuses to open a logbook when this H2 cannot be repaired as above; nothing has been written yet. */
    static void requireSupported(Connection connection) throws SQLException {
        if (enabled() && !(fileStore(connection) instanceof RandomAccessStore && supported())) {
            throw unsupported();
        }
    }

    /**
     * After a commit has been written and synced: if H2's store header does not name the newest chunk, writes it so
     * that it does, and syncs it.
     *
     * @return whether the header was rewritten
     */
    static boolean nameNewestChunk(Connection connection) throws SQLException {
        if (!enabled()) {
            return false;
        }
        MVStore store = session(connection).getDatabase().getStore().getMvStore();
        FileStore<?> file = store.getFileStore();
        if (!(file instanceof RandomAccessStore) || store.isClosed()) {
            return false; // in-memory or closing: nothing to name
        }
        ReentrantLock lock = (ReentrantLock) get(SAVE_CHUNK_LOCK, file);
        lock.lock(); // H2 writes chunks and the header under this lock, so no chunk is written meanwhile
        try {
            Chunk<?> newest = (Chunk<?>) get(LAST_CHUNK, file);
            @SuppressWarnings("unchecked")
            Map<String, Object> header = (Map<String, Object>) get(STORE_HEADER, file);
            if (newest == null || namesChunk(header, newest.id)) {
                return false;
            }
            store.sync(); // every chunk up to the newest on the disk before the header names it
            header.remove("clean"); // only a close may mark the file clean (H2 removes it at the first chunk too)
            H2Internals.invoke(WRITE_STORE_HEADER, file, H2StoreHeader::unsupported);
            store.sync();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private static boolean namesChunk(Map<String, Object> header, int id) {
        Object named = header.get("chunk");
        if (named instanceof Number n) {
            return n.intValue() == id;
        }
        return named instanceof String s && Integer.parseInt(s, 16) == id; // as read from the file: hex text
    }

    private static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY, "true"));
    }

    private static boolean supported() {
        return LAST_CHUNK != null && STORE_HEADER != null && SAVE_CHUNK_LOCK != null && WRITE_STORE_HEADER != null;
    }

    private static FileStore<?> fileStore(Connection connection) throws SQLException {
        return session(connection).getDatabase().getStore().getMvStore().getFileStore();
    }

    private static SessionLocal session(Connection connection) throws SQLException {
        return (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    }

    private static Object get(Field field, Object target) {
        if (field == null) {
            throw unsupported();
        }
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw unsupported();
        }
    }

    private static StorageException unsupported() {
        return new StorageException(StorageException.Kind.OTHER,
                "This version of the database engine cannot make saves safe against a crash, so the logbook was not"
                        + " opened. Nothing was changed.", null);
    }
}
