package org.helplinelogbook.security;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a returning caller's codeword into a keyed hash, so repeat contacts can be linked without the codeword
 * being stored. Keyed (not a plain hash) because codewords are short and guessable: without the data key a
 * copied table cannot be brute-forced.
 */
public final class CallerCodes {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CallerCodes() {}

    /** HMAC-SHA256 of the normalised codeword, lower-case hex (64 characters). */
    public static String hash(DataKey key, String codeword) {
        byte[] macKey = key.derive("caller-code");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalise(codeword).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
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
