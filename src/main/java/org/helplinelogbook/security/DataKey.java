package org.helplinelogbook.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The logbook's random 256-bit data key (DEK). Its hex form is H2's file password; every other key (H2 user
 * password, codeword HMAC, audit chain, drafts, note-key wrapping) is derived from it with HKDF-SHA256, so one
 * secret is wrapped by the key slots and wiped at lock.
 */
public final class DataKey extends WipeableKey {

    public static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private DataKey(byte[] key) {
        super(checkedLength(key).clone(), "the data key has been wiped (logbook locked)");
    }

    private static byte[] checkedLength(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("a data key is 32 bytes");
        }
        return key;
    }

    public static DataKey generate() {
        byte[] bytes = new byte[LENGTH];
        RANDOM.nextBytes(bytes);
        try {
            return new DataKey(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Copies the given bytes; the caller should wipe its own copy. */
    public static DataKey of(byte[] bytes) {
        return new DataKey(bytes);
    }

    /** A copy of the raw key; wipe it after use. */
    public byte[] bytes() {
        checkLive();
        return key.clone();
    }

    /** A 32-byte key for one purpose, derived with HKDF-SHA256. Wipe it after use. */
    public byte[] derive(String purpose) {
        checkLive();
        var hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(key, "helpline-logbook".getBytes(StandardCharsets.UTF_8),
                purpose.getBytes(StandardCharsets.UTF_8)));
        byte[] out = new byte[LENGTH];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }

    /**
     * The password string H2 expects with {@code CIPHER=AES}: the file password (hex DEK), a space, then the
     * database user's password (derived, so nobody ever types or sees it). Wipe the array after use.
     */
    public char[] h2Password() {
        checkLive();
        char[] file = HexFormat.of().formatHex(key).toCharArray();
        byte[] user = derive("h2-user-password");
        char[] userHex = HexFormat.of().formatHex(user).toCharArray();
        char[] out = new char[file.length + 1 + userHex.length];
        System.arraycopy(file, 0, out, 0, file.length);
        out[file.length] = ' ';
        System.arraycopy(userHex, 0, out, file.length + 1, userHex.length);
        Arrays.fill(file, '\0');
        Arrays.fill(userHex, '\0');
        Arrays.fill(user, (byte) 0);
        return out;
    }
}
