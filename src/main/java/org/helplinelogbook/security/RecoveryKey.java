package org.helplinelogbook.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A printed 256-bit recovery key, the way back in when every password is lost. It is written in Crockford base32
 * (no I, L, O or U, so it survives being read aloud and re-typed) as 13 groups of 4 characters. 256 bits need
 * 51.2 characters; the 4 spare bits of the 52nd hold a checksum so most typos are reported as typos rather than
 * as a wrong key.
 */
public final class RecoveryKey extends WipeableKey {

    public static final int BYTES = 32;
    static final int CHARS = 52;
    private static final int GROUP = 4;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryKey(byte[] key) {
        super(key, "the recovery key has been wiped");
    }

    public static RecoveryKey generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new RecoveryKey(bytes);
    }

    /** Wraps a copy of the given 32 bytes. */
    public static RecoveryKey of(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a recovery key is 32 bytes");
        }
        return new RecoveryKey(bytes.clone());
    }

    /**
     * Reads a typed recovery key. Case, spaces and dashes do not matter, and O, I and L are read as 0, 1 and 1.
     *
     * @throws IllegalArgumentException with a message for the person typing it (never containing the key)
     */
    public static RecoveryKey parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Please type the recovery key.");
        }
        int[] symbols = new int[CHARS];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            int value = symbolValue(c);
            if (value < 0) {
                throw new IllegalArgumentException("A recovery key has only the digits 0-9 and letters A-Z (no U); "
                        + "character " + (count + 1) + " is not one of them.");
            }
            if (count < CHARS) {
                symbols[count] = value;
            }
            count++;
        }
        if (count != CHARS) {
            Arrays.fill(symbols, 0);
            throw new IllegalArgumentException("A recovery key has " + CHARS + " letters and digits (13 groups of 4); "
                    + "this one has " + count + ".");
        }
        byte[] bytes = new byte[BYTES];
        int last = unpack(symbols, bytes);
        Arrays.fill(symbols, 0);
        if ((last & 0x0F) != checksum(bytes)) {
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalArgumentException(
                    "This recovery key has a typo in it. Please check each group against the printed sheet.");
        }
        return new RecoveryKey(bytes);
    }

    /** The typeable form: 13 groups of 4 characters separated by dashes. Only show it to the person printing it. */
    public String format() {
        checkLive();
        int[] symbols = pack(key);
        StringBuilder out = new StringBuilder(CHARS + CHARS / GROUP);
        for (int i = 0; i < CHARS; i++) {
            if (i > 0 && i % GROUP == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(symbols[i]));
        }
        Arrays.fill(symbols, 0);
        return out.toString();
    }

    /** A copy of the 32 key bytes; wipe it after use. */
    public byte[] bytes() {
        checkLive();
        return key.clone();
    }

    private static int symbolValue(char c) {
        char upper = Character.toUpperCase(c);
        switch (upper) {
            case 'O':
                return 0;
            case 'I':
            case 'L':
                return 1;
            default:
                return upper < 128 ? ALPHABET.indexOf(upper) : -1;
        }
    }

    /** 256 key bits then 4 checksum bits, 5 bits per symbol, most significant first. */
    private static int[] pack(byte[] bytes) {
        int[] symbols = new int[CHARS];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                symbols[n++] = (buffer >>> (bits - 5)) & 0x1F;
                bits -= 5;
            }
        }
        // One key bit is left over; the checksum fills the last symbol's four low bits.
        symbols[n] = ((buffer << (5 - bits)) & 0x1F) | checksum(bytes);
        return symbols;
    }

    /** Fills {@code out} from the symbols and returns the last symbol, whose low 4 bits are the checksum. */
    private static int unpack(int[] symbols, byte[] out) {
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < CHARS - 1; i++) {
            buffer = (buffer << 5) | symbols[i];
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >>> (bits - 8));
                bits -= 8;
            }
        }
        int last = symbols[CHARS - 1];
        out[n] = (byte) ((buffer << 1) | (last >>> 4));
        return last;
    }

    private static int checksum(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("helpline-logbook recovery key".getBytes(StandardCharsets.US_ASCII));
            return (sha.digest(bytes)[0] >>> 4) & 0x0F;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
