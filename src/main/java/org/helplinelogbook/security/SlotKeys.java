package org.helplinelogbook.security;

import java.util.Arrays;

/**
 * The note keys a key slot holds besides the data key (ADR 2, "Reading rights held by keys"). Every field may be
 * absent (a slot written before these keys existed holds none):
 *
 * <ul>
 *   <li>{@code authorKey}: this account's own key, which wraps its author day keys, so that it can read what it
 *       wrote today; nobody else's slot holds it.</li>
 *   <li>{@code notesPublicKey}: the managers' X25519 public key, which every note is sealed to. Kept in the slot
 *       (whose GCM tag covers it) rather than only in the database, so that a worker who edits the database
 *       cannot make colleagues seal their notes to a key of the worker's choosing.</li>
 *   <li>{@code notesPrivateKey}: its private half; only in manager slots and the recovery slot.</li>
 * </ul>
 */
public record SlotKeys(byte[] authorKey, byte[] notesPublicKey, byte[] notesPrivateKey) {

    static final int KEY_BYTES = 32;
    static final int ENCODED_BYTES = 3 * (1 + KEY_BYTES);

    public SlotKeys {
        authorKey = checked(authorKey);
        notesPublicKey = checked(notesPublicKey);
        notesPrivateKey = checked(notesPrivateKey);
        if (notesPrivateKey != null && notesPublicKey == null) {
            throw new IllegalArgumentException("a private note key needs its public half");
        }
    }

    public static final SlotKeys NONE = new SlotKeys(null, null, null);

    @Override
    public byte[] authorKey() {
        return authorKey == null ? null : authorKey.clone();
    }

    @Override
    public byte[] notesPublicKey() {
        return notesPublicKey == null ? null : notesPublicKey.clone();
    }

    @Override
    public byte[] notesPrivateKey() {
        return notesPrivateKey == null ? null : notesPrivateKey.clone();
    }

    public boolean isEmpty() {
        return authorKey == null && notesPublicKey == null && notesPrivateKey == null;
    }

    /** Fixed-size encoding (flag byte and 32 bytes per key), so the wrapped form has one valid length. */
    byte[] encode() {
        byte[] out = new byte[ENCODED_BYTES];
        put(out, 0, authorKey);
        put(out, 1, notesPublicKey);
        put(out, 2, notesPrivateKey);
        return out;
    }

    static SlotKeys decode(byte[] bytes) {
        if (bytes.length != ENCODED_BYTES) {
            throw new IllegalArgumentException("slot keys are not valid");
        }
        return new SlotKeys(get(bytes, 0), get(bytes, 1), get(bytes, 2));
    }

    /** Overwrites the keys held here (the record's own arrays). */
    public void wipe() {
        for (byte[] k : new byte[][] {authorKey, notesPublicKey, notesPrivateKey}) {
            if (k != null) {
                Arrays.fill(k, (byte) 0);
            }
        }
    }

    private static void put(byte[] out, int index, byte[] key) {
        int at = index * (1 + KEY_BYTES);
        if (key != null) {
            out[at] = 1;
            System.arraycopy(key, 0, out, at + 1, KEY_BYTES);
        }
    }

    private static byte[] get(byte[] in, int index) {
        int at = index * (1 + KEY_BYTES);
        if (in[at] == 0) {
            for (int i = 1; i <= KEY_BYTES; i++) {
                if (in[at + i] != 0) {
                    throw new IllegalArgumentException("slot keys are not valid");
                }
            }
            return null;
        }
        if (in[at] != 1) {
            throw new IllegalArgumentException("slot keys are not valid");
        }
        return Arrays.copyOfRange(in, at + 1, at + 1 + KEY_BYTES);
    }

    private static byte[] checked(byte[] key) {
        if (key != null && key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a slot key is 32 bytes");
        }
        return key == null ? null : key.clone();
    }
}
