package org.helplinelogbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Argon2idTest {

    @Test
    void matchesRfc9106Argon2idVector() {
        byte[] password = filled(32, 0x01);
        byte[] salt = filled(16, 0x02);
        byte[] secret = filled(8, 0x03);
        byte[] ad = filled(12, 0x04);

        byte[] tag = Argon2id.derive(password, salt, secret, ad, new Argon2Params(32, 3, 4), 32);

        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void charPasswordIsEncodedAsUtf8() {
        Argon2Params params = new Argon2Params(64, 1, 1);
        byte[] salt = filled(16, 0x07);
        char[] password = "pässwörd €".toCharArray();

        byte[] fromChars = Argon2id.derive(password, salt, params, 32);
        byte[] fromBytes = Argon2id.derive("pässwörd €".getBytes(java.nio.charset.StandardCharsets.UTF_8), salt,
                null, null, params, 32);

        assertThat(fromChars).isEqualTo(fromBytes);
        assertThat(password).isEqualTo("pässwörd €".toCharArray()); // the caller's array is left alone
    }

    @Test
    void differentSaltGivesDifferentKey() {
        Argon2Params params = new Argon2Params(64, 1, 1);
        char[] password = "correct horse".toCharArray();

        assertThat(Argon2id.derive(password, filled(16, 1), params, 32))
                .isNotEqualTo(Argon2id.derive(password, filled(16, 2), params, 32));
    }

    @Test
    void loneSurrogateIsRefused() {
        assertThatThrownBy(() -> Argon2id.derive(new char[] {'a', '\uD800'}, filled(16, 1),
                new Argon2Params(64, 1, 1), 32))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
