package org.helplinelogbook.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The pieces of a note sealed with reading keys (ADR 2): the key that encrypts a note's text is derived from two
 * halves, the month key (wrapped by the data key, destroyed by retention) and the note's own random secret
 * (sealed only to the managers and, on the day, to the author). Either half alone opens nothing: a worker holds
 * every month key but no other author's secret, and destroying the month key still shreds the note.
 *
 * <p>Text is padded to a size bucket before sealing, so the stored length tells only a range.
 */
public final class NoteSeal {

    /** Smallest bucket; then each bucket doubles (256, 512, 1 KiB, ... 128 KiB for the 20,000-character limit). */
    public static final int MIN_BUCKET = 256;
    private static final int LENGTH_BYTES = 4;

    private NoteSeal() {}

    /** HKDF-SHA256 over the month key, salted with the note's secret, bound to the month key's id. Wipe after use. */
    public static byte[] contentKey(byte[] monthKey, byte[] noteSecret, String keyId) {
        var hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(monthKey, noteSecret,
                ("helpline-logbook/note-body|" + keyId).getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[32];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }

    /** The bucket a plaintext of {@code length} bytes is padded to (length prefix included). */
    public static int bucket(int length) {
        int needed = length + LENGTH_BYTES;
        int size = MIN_BUCKET;
        while (size < needed) {
            size <<= 1;
        }
        return size;
    }

    /** Length-prefixed text followed by zeros up to its bucket. Wipe after use. */
    public static byte[] pad(byte[] text) {
        byte[] out = new byte[bucket(text.length)];
        ByteBuffer.wrap(out).putInt(text.length).put(text);
        return out;
    }

    /** The text inside a padded block; wipes the block. */
    public static byte[] unpad(byte[] padded) {
        try {
            if (padded.length < LENGTH_BYTES) {
                throw new Aead.TamperedException();
            }
            int length = ByteBuffer.wrap(padded).getInt();
            if (length < 0 || length > padded.length - LENGTH_BYTES) {
                throw new Aead.TamperedException();
            }
            return Arrays.copyOfRange(padded, LENGTH_BYTES, LENGTH_BYTES + length);
        } finally {
            Arrays.fill(padded, (byte) 0);
        }
    }
}
