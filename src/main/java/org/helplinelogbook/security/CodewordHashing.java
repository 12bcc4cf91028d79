package org.helplinelogbook.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The logbook's settings for the slow codeword hash: a random salt drawn once per logbook and the Argon2id cost.
 * The salt is not secret (a worker holding the data key reads it); it makes a word list computed for one logbook
 * useless for another, and the Argon2id cost is what makes each guess expensive. Stored as one setting,
 * {@code v1;m=..;t=..;p=..;salt=<hex>}, so a later version can raise the cost for new logbooks.
 */
public record CodewordHashing(byte[] salt, Argon2Params params) {

    /** About 50–100 ms per check on the 2-core reference machine (docs/benchmarks.md, "Codewords"). */
    public static final Argon2Params DEFAULT = new Argon2Params(32768, 2, 1);
    static final Argon2Params FAST_FOR_TESTS = new Argon2Params(64, 1, 1);
    private static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT =
            Pattern.compile("v1;m=(\\d{1,7});t=(\\d{1,3});p=(\\d{1,2});salt=([0-9a-f]{" + 2 * SALT_BYTES + "})");

    public CodewordHashing {
        if (salt == null || salt.length != SALT_BYTES) {
            throw new IllegalArgumentException("a codeword salt is 16 bytes");
        }
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    /** A fresh salt with {@link #DEFAULT} cost (cheap parameters only when the test suite asks for them). */
    public static CodewordHashing generate() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new CodewordHashing(salt, Boolean.getBoolean(Argon2Params.FAST_PROPERTY) ? FAST_FOR_TESTS : DEFAULT);
    }

    public String encode() {
        return "v1;m=" + params.memoryKiB() + ";t=" + params.iterations() + ";p=" + params.parallelism() + ";salt="
                + HexFormat.of().formatHex(salt);
    }

    /** @throws IllegalArgumentException when the stored text is not a valid setting */
    public static CodewordHashing parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("the codeword hashing setting is not valid");
        }
        return new CodewordHashing(HexFormat.of().parseHex(m.group(4)), new Argon2Params(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /** True when each check costs at least what {@link #DEFAULT} costs. */
    public boolean meetsProductionFloor() {
        return params.memoryKiB() >= DEFAULT.memoryKiB() && params.iterations() >= DEFAULT.iterations()
                && params.parallelism() >= DEFAULT.parallelism();
    }
}
