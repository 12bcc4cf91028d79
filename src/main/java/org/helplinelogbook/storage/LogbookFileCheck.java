package org.helplinelogbook.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.h2.mvstore.MVStore;

/**
 * A read-only first look at an existing logbook file, before H2 is allowed to open it for writing. H2 treats an
 * empty or cut-short file as a new database and writes a fresh one over it, and it "recovers" a file whose newest
 * chunks are gone by going back to older ones; either way what was left would be destroyed, and the person would be
 * told their password is wrong (found from outside, issue 14). So the file must first show H2's encryption header,
 * open read-only as an MVStore (which checks the store headers and finds a valid chain of chunks, writing nothing),
 * and reach at least the version its header promises. Damage inside data pages is found when they are read, and
 * then reported the same way ({@link Database#translate}).
 */
final class LogbookFileCheck {

    /** H2's encrypted file starts with this, then its salt, in a block of its own. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final int BLOCK = 4096;
    /** The encryption block and MVStore's two store headers: anything shorter cannot hold a logbook. */
    private static final long MIN_SIZE = 3L * BLOCK;

    private LogbookFileCheck() {}

    /**
     * @param h2Password the {@code CIPHER=AES} password ("file-password user-password"); not kept
     * @throws StorageException DAMAGED when the file is not a whole logbook; nothing has been written to it
     */
    static void requireIntact(Path file, char[] h2Password) {
        try {
            if (Files.size(file) < MIN_SIZE || !startsWithEncryptionHeader(file)) {
                throw damaged();
            }
        } catch (IOException e) {
            return; // unreadable for another reason (permissions, a lock): H2's open reports that in its own words
        }
        char[] filePassword = filePassword(h2Password);
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).encryptionKey(filePassword).readOnly()
                .open()) {
            long promised = promisedVersion(store.getStoreHeader());
            if (store.getCurrentVersion() < Math.max(1, promised)) {
                throw damaged(); // the chunks the header names are gone: what is left would be rolled back over
            }
        } catch (StorageException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof org.h2.mvstore.MVStoreException mv && mv.getErrorCode() == 7) {
                return; // ERROR_FILE_LOCKED: in use elsewhere; H2's own open says so
            }
            throw damaged();
        } finally {
            Arrays.fill(filePassword, '\0');
        }
    }

    private static boolean startsWithEncryptionHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        }
    }

    /** The part before the first space: H2 keys the file encryption with it (the rest is the user's password). */
    private static char[] filePassword(char[] h2Password) {
        int space = 0;
        while (space < h2Password.length && h2Password[space] != ' ') {
            space++;
        }
        return Arrays.copyOf(h2Password, space);
    }

    /** The store version the file header was written for (hexadecimal in H2's header); 0 if it names none. */
    private static long promisedVersion(Map<String, Object> header) {
        Object version = header.get("version");
        if (version == null) {
            return 0;
        }
        try {
            return version instanceof Number n ? n.longValue() : Long.parseLong(version.toString(), 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static StorageException damaged() {
        return new StorageException(StorageException.Kind.DAMAGED, "The logbook file is damaged and cannot be opened.",
                null);
    }
}
