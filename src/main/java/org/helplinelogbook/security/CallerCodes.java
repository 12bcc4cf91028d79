package org.helplinelogbook.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a returning caller's codeword into what is stored, so repeat contacts can be linked without the codeword
 * being stored. Two layers: an HMAC keyed from the data key (without the data key a copied table cannot be
 * attacked at all), then Argon2id salted by the logbook ({@link CodewordHashing}), because every worker holds the
 * data key: with the HMAC alone, a worker's word list tried 26,600 codewords a second (issue 20). The slow layer
 * is taken over the HMAC, so codewords stored before it existed are upgraded without knowing them.
 */
public final class CallerCodes {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CallerCodes() {}

    /** Marks the stored slow form: {@code s} followed by 62 hex digits, so it never equals a 64-digit legacy HMAC. */
    public static final String SLOW_PREFIX = "s";
    private static final int SLOW_BYTES = 31;
    private static final Pattern LEGACY = Pattern.compile("[0-9a-f]{64}");

    /** The stored form of a codeword: the slow hash over its HMAC. About 50–100 ms with the default cost. */
    public static String hash(DataKey key, CodewordHashing hashing, String codeword) {
        return slowHash(keyedHash(key, codeword), hashing);
    }

    /**
     * Argon2id over a keyed hash (a new codeword's, or one stored before the slow layer existed), salted by the
     * logbook: {@code s} and 62 lower-case hex digits.
     */
    public static String slowHash(String keyedHash, CodewordHashing hashing) {
        if (!isLegacy(keyedHash)) {
            throw new IllegalArgumentException("not a keyed codeword hash");
        }
        byte[] input = HexFormat.of().parseHex(keyedHash);
        byte[] out = Argon2id.derive(input, hashing.salt(), null, "helpline-logbook/codeword".getBytes(
                StandardCharsets.US_ASCII), hashing.params(), SLOW_BYTES);
        try {
            return SLOW_PREFIX + HexFormat.of().formatHex(out);
        } finally {
            Arrays.fill(input, (byte) 0);
            Arrays.fill(out, (byte) 0);
        }
    }

    /** Whether a stored value is the keyed hash alone (stored before the slow layer; upgraded in the background). */
    public static boolean isLegacy(String stored) {
        return stored != null && LEGACY.matcher(stored).matches();
    }

    /** HMAC-SHA256 of the normalised codeword, lower-case hex (64 characters): the inner, fast layer. */
    public static String keyedHash(DataKey key, String codeword) {
        byte[] macKey = key.derive("caller-code");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalise(codeword).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        } finally {
            Arrays.fill(macKey, (byte) 0);
        }
    }

    /** The same codeword typed by different staff (case, spacing, full-width forms) must give the same hash. */
    static String normalise(String codeword) {
        String nfkc = Normalizer.normalize(codeword.strip(), Normalizer.Form.NFKC);
        return WHITESPACE.matcher(nfkc.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
