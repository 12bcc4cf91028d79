package org.helplinelogbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecoveryKeyTest {

    @Test
    void formatsAs13GroupsOf4CrockfordCharacters() {
        try (RecoveryKey key = RecoveryKey.generate()) {
            assertThat(key.format()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){12}");
        }
    }

    @Test
    void roundTripsByteExactly() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            if (i == 0) {
                java.util.Arrays.fill(bytes, (byte) 0);
            } else if (i == 1) {
                java.util.Arrays.fill(bytes, (byte) 0xFF);
            }
            try (RecoveryKey key = RecoveryKey.of(bytes); RecoveryKey parsed = RecoveryKey.parse(key.format())) {
                assertThat(parsed.bytes()).isEqualTo(bytes);
            }
        }
    }

    @Test
    void parseToleratesCaseSpacesDashesAndConfusables() {
        try (RecoveryKey key = RecoveryKey.generate()) {
            String formatted = key.format();
            String sloppy = formatted.toLowerCase(Locale.ROOT).replace("-", "  ")
                    .replace('0', 'o').replace('1', 'l');
            String confusedUpper = formatted.replace('0', 'O').replace('1', 'I').replace("-", "");

            assertThat(RecoveryKey.parse(" " + sloppy + "\n").bytes()).isEqualTo(key.bytes());
            assertThat(RecoveryKey.parse(confusedUpper).bytes()).isEqualTo(key.bytes());
            assertThat(RecoveryKey.parse(formatted.replace("-", "")).bytes()).isEqualTo(key.bytes());
        }
    }

    @Test
    void wrongLengthIsExplained() {
        try (RecoveryKey key = RecoveryKey.generate()) {
            String shortened = key.format().substring(0, key.format().length() - 2);
            assertThatThrownBy(() -> RecoveryKey.parse(shortened))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("52")
                    .hasMessageContaining("has 50");
        }
        assertThatThrownBy(() -> RecoveryKey.parse(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("this one has 0");
        assertThatThrownBy(() -> RecoveryKey.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidCharacterIsExplainedWithoutEchoingTheKey() {
        try (RecoveryKey key = RecoveryKey.generate()) {
            String withU = "U" + key.format().substring(1);
            assertThatThrownBy(() -> RecoveryKey.parse(withU))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("character 1")
                    .hasMessageNotContaining(key.format().substring(5, 9));
            assertThatThrownBy(() -> RecoveryKey.parse(key.format().replace('-', '_')))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void mostSingleCharacterTyposAreCaughtByTheChecksum() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        int caught = 0;
        int tried = 0;
        try (RecoveryKey key = RecoveryKey.generate()) {
            char[] chars = key.format().replace("-", "").toCharArray();
            for (int position = 0; position < chars.length; position++) {
                char original = chars[position];
                char typo = alphabet.charAt((alphabet.indexOf(original) + 7) % alphabet.length());
                chars[position] = typo;
                tried++;
                try {
                    RecoveryKey.parse(new String(chars)).close();
                } catch (IllegalArgumentException e) {
                    assertThat(e).hasMessageContaining("typo");
                    caught++;
                }
                chars[position] = original;
            }
        }
        assertThat(caught).isGreaterThan(tried / 2);
    }

    @Test
    void wipedKeyCannotBeUsed() {
        RecoveryKey key = RecoveryKey.generate();
        key.close();
        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(key::format).isInstanceOf(IllegalStateException.class);
    }
}
