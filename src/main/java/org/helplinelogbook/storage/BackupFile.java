package org.helplinelogbook.storage;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.function.DoubleConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.helplinelogbook.security.DataKey;

/**
 * The backup file format: one file holding the key slots and the database together, so it opens with any password
 * valid when it was made, or the recovery key.
 *
 * <pre>
 *   "HLBK" | format (int) | created, epoch ms (long) | key-slot length (int) | keyslots.json
 *        | zip length (long) | zip from H2's BACKUP TO (the .mv.db inside is still AES-encrypted)
 *        | HMAC-SHA256 of everything before it, key derived from the data key
 * </pre>
 *
 * Nothing here is plaintext logbook data: key slots hold only wrapped keys and the zip holds the encrypted file.
 * The MAC lets a restore tell a damaged or altered file before it writes anything.
 */
public final class BackupFile {

    public static final byte[] MAGIC = "HLBK".getBytes(StandardCharsets.US_ASCII);
    public static final int FORMAT = 1;
    static final int MAC_BYTES = 32;
    private static final int MAX_SLOTS_BYTES = 1 << 20;
    private static final int BUFFER = 1 << 16;

    /** What the header says; readable without any key. */
    public record Header(Instant created, byte[] keySlots, long zipOffset, long zipLength) {}

    private BackupFile() {}

    /** Writes header, key slots and zip to {@code target} (a new file), then the MAC, and forces it to disk. */
    public static void write(Path target, Instant created, byte[] keySlots, Path zip, DataKey key) throws IOException {
        Mac mac = mac(key);
        long zipLength = Files.size(zip);
        ByteBuffer head = ByteBuffer.allocate(MAGIC.length + 4 + 8 + 4 + keySlots.length + 8);
        head.put(MAGIC).putInt(FORMAT).putLong(created.toEpochMilli()).putInt(keySlots.length).put(keySlots)
                .putLong(zipLength).flip();
        try (FileChannel out = FileChannel.open(target, Set.of(StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE), OwnerOnlyFiles.attributes());
                InputStream in = Files.newInputStream(zip)) {
            mac.update(head.duplicate());
            writeFully(out, head);
            byte[] buffer = new byte[BUFFER];
            long copied = 0;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                mac.update(buffer, 0, n);
                writeFully(out, ByteBuffer.wrap(buffer, 0, n));
                copied += n;
            }
            if (copied != zipLength) {
                throw new IOException("the database copy changed while it was being written");
            }
            writeFully(out, ByteBuffer.wrap(mac.doFinal()));
            out.force(true);
        }
    }

    /**
     * Reads and checks the header's structure (not yet the MAC, which needs the key).
     *
     * @throws StorageException DAMAGED if this is not a complete backup file
     */
    public static Header readHeader(Path file) {
        try (var in = new DataInputStream(Files.newInputStream(file))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw damaged(file, "it is not a Helpline Logbook backup");
            }
            int format = in.readInt();
            if (format != FORMAT) {
                throw damaged(file, format > FORMAT ? "it was made by a newer version of Helpline Logbook"
                        : "its format is not known");
            }
            Instant created = Instant.ofEpochMilli(in.readLong());
            int slotsLength = in.readInt();
            if (slotsLength <= 0 || slotsLength > MAX_SLOTS_BYTES) {
                throw damaged(file, "its header is damaged");
            }
            byte[] slots = in.readNBytes(slotsLength);
            long zipLength = in.readLong();
            long zipOffset = MAGIC.length + 4 + 8 + 4 + (long) slotsLength + 8;
            if (slots.length != slotsLength || zipLength <= 0
                    || Files.size(file) != zipOffset + zipLength + MAC_BYTES) {
                throw damaged(file, "it is incomplete (was it copied in full?)");
            }
            return new Header(created, slots, zipOffset, zipLength);
        } catch (EOFException e) {
            throw damaged(file, "it is incomplete (was it copied in full?)");
        } catch (IOException e) {
            throw new StorageException(StorageException.Kind.MISSING, "The backup file " + file + " cannot be read.", null);
        }
    }

    /**
     * Checks the whole file's MAC, reporting progress from 0 to 1.
     *
     * @throws StorageException DAMAGED when any byte differs from what was written
     */
    public static void verify(Path file, DataKey key, DoubleConsumer progress) {
        Mac mac = mac(key);
        try (InputStream in = Files.newInputStream(file)) {
            long total = Files.size(file) - MAC_BYTES;
            byte[] buffer = new byte[BUFFER];
            long done = 0;
            while (done < total) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, total - done));
                if (n < 0) {
                    throw damaged(file, "it is incomplete");
                }
                mac.update(buffer, 0, n);
                done += n;
                progress.accept(done / (double) total);
            }
            byte[] stored = in.readNBytes(MAC_BYTES);
            if (!MessageDigest.isEqual(stored, mac.doFinal())) {
                throw damaged(file, "its contents do not match their check (the file was damaged or altered)");
            }
        } catch (IOException e) {
            throw new StorageException(StorageException.Kind.MISSING, "The backup file " + file + " cannot be read.", null);
        }
    }

    /** The zip part of the file, as a stream. */
    public static InputStream zip(Path file, Header header) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(header.zipOffset());
        return new BufferedInputStream(new BoundedStream(Channels.newInputStream(channel), header.zipLength()));
    }

    private static Mac mac(DataKey key) {
        byte[] raw = key.derive("backup-file-mac");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(raw, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** A backup that cannot be used, said for a person (the logbook floor passes it on as DAMAGED). */
    public static StorageException damaged(Path file, String why) {
        return new StorageException(StorageException.Kind.DAMAGED, "The backup " + file.getFileName()
                + " cannot be used: " + why + ". Nothing was restored.", null);
    }

    /** Reads at most {@code limit} bytes, so the zip reader never sees the MAC. */
    private static final class BoundedStream extends FilterInputStream {
        private long left;

        BoundedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
