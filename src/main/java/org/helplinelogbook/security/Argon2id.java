package org.helplinelogbook.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id (version 0x13) key derivation through BouncyCastle, for turning a password into a slot key. */
public final class Argon2id {

    private Argon2id() {}

    /** Derives {@code length} bytes from a password encoded as UTF-8. Wipe the result after use. */
    public static byte[] derive(char[] password, byte[] salt, Argon2Params params, int length) {
        byte[] utf8 = utf8(password);
        try {
            return derive(utf8, salt, null, null, params, length);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    /** Full form with the optional secret (pepper) and associated data of RFC 9106; used for the test vectors. */
    static byte[] derive(byte[] password, byte[] salt, byte[] secret, byte[] associatedData, Argon2Params params,
            int length) {
        if (length < 4) {
            throw new IllegalArgumentException("Argon2 output must be at least 4 bytes");
        }
        var builder = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism());
        if (secret != null) {
            builder.withSecret(secret);
        }
        if (associatedData != null) {
            builder.withAdditional(associatedData);
        }
        Argon2Parameters parameters = builder.build();
        try {
            var generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] out = new byte[length];
            generator.generateBytes(password, out);
            return out;
        } finally {
            parameters.clear(); // wipes BouncyCastle's copies of salt, secret and associated data
        }
    }

    /** UTF-8 without going through an immutable String, so the bytes can be wiped. */
    static byte[] utf8(char[] chars) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer;
        try {
            buffer = encoder.encode(CharBuffer.wrap(chars));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The password contains a character that cannot be used.");
        }
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return out;
    }
}
