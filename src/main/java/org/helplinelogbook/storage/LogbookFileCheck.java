package org.helplinelogbook.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import org.h2.mvstore.DataUtils;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * A read-only first look at an existing logbook file, before H2 is allowed to open it for writing. H2 treats an
 * empty or cut-short file as a new database and writes a fresh one over it, and it "recovers" a file whose newest
 * chunks are gone by going back to older ones; either way what was left would be destroyed, and the person would be
 * told their password is wrong (found from outside, issue 14). So the file must first show H2's encryption header,
 * then, decrypted with H2's own cipher over a read-only channel, a store header whose checksum holds, and if that
 * header marks a clean close, the chunk it names must lie whole inside the file. Anything else is damage, and nothing
 * has been written. H2's open then checks the chain of chunks (a file cut short fails there,
 * before H2 writes); damage inside data pages is found when they are read; all are reported the same way
 * ({@link Database#translate}).
 *
 * <p>Not an MVStore opened read-only, although that checks more: only the raw blocks are read here, which is enough
 * and can write nothing. (Saves lost in an early kill experiment with a read-only MVStore here turned out to be H2's
 * store header, repaired by {@link H2StoreHeader}.)
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
        try (FileChannel base = FileChannel.open(file, StandardOpenOption.READ)) {
            // H2's own decryption over a read-only channel; no MVStore is opened (see the class comment).
            var data = new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(filePassword), base);
            long blocks = data.size() / BLOCK;
            boolean headerReads = false;
            long cleanChunk = -1;
            for (int header = 0; header < 2; header++) {
                Map<String, String> fields = checksummed(read(data, (long) header * BLOCK));
                headerReads |= fields != null;
                if (fields != null && "1".equals(fields.get("clean"))) {
                    cleanChunk = Math.max(cleanChunk, DataUtils.readHexLong(fields, "block", -1));
                }
            }
            if (!headerReads) {
                throw damaged(); // neither store header decrypts to a header whose checksum holds
            }
            // A logbook closed cleanly names its last chunk in the header and ends after it; one cut short does not.
            // (Only then: a backup made with H2's BACKUP TO of an open logbook may end before a chunk its older
            // header names, and H2 opens it correctly by looking further.)
            if (cleanChunk >= 0) {
                if (cleanChunk < 2 || cleanChunk >= blocks) {
                    throw damaged();
                }
                Map<String, String> chunk = DataUtils.parseMap(text(read(data, cleanChunk * BLOCK)));
                long length = DataUtils.readHexLong(chunk, "len", -1);
                if (!chunk.containsKey("chunk") || length < 1 || cleanChunk + length > blocks) {
                    throw damaged();
                }
            }
        } catch (StorageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged();
        } finally {
            Arrays.fill(filePassword, '\0');
        }
    }

    private static byte[] read(FileChannel data, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BLOCK);
        while (buffer.hasRemaining()) {
            if (data.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("end of file");
            }
        }
        return buffer.array();
    }

    /** The text of a header block: printable bytes up to the first line end. */
    private static String text(byte[] block) {
        int end = 0;
        while (end < block.length && block[end] != '\n' && block[end] != 0) {
            end++;
        }
        return new String(block, 0, end, StandardCharsets.ISO_8859_1).strip();
    }

    /** A store header's fields if its Fletcher checksum holds (as H2 reads it), else null. */
    private static Map<String, String> checksummed(byte[] block) {
        String s = text(block);
        int at = s.lastIndexOf(",fletcher:");
        if (at < 0) {
            return null;
        }
        int start = 0;
        while (start < block.length && block[start] <= ' ') {
            start++;
        }
        try {
            int check = (int) Long.parseLong(s.substring(at + ",fletcher:".length()), 16);
            return check == DataUtils.getFletcher32(block, start, at) ? DataUtils.parseMap(s.substring(0, at)) : null;
        } catch (RuntimeException e) {
            return null;
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

    static StorageException damaged() {
        return new StorageException(StorageException.Kind.DAMAGED, "The logbook file is damaged and cannot be opened.",
                null);
    }
}
