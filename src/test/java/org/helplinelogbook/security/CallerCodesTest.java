package org.helplinelogbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerCodesTest {

    private final DataKey key = DataKey.generate();

    @Test
    void sameCodewordWithDifferentCaseAndSpacingGivesTheSameHash() {
        String hash = CallerCodes.hash(key, "Blue Rabbit 7");

        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(CallerCodes.hash(key, "  blue   RABBIT\t7 ")).isEqualTo(hash);
        assertThat(CallerCodes.hash(key, "ＢＬＵＥ rabbit ７")).isEqualTo(hash); // full-width forms, NFKC
        assertThat(CallerCodes.hash(key, "blue\u00A0rabbit 7")).isEqualTo(hash);
    }

    @Test
    void differentCodewordsGiveDifferentHashes() {
        assertThat(CallerCodes.hash(key, "blue rabbit")).isNotEqualTo(CallerCodes.hash(key, "bluerabbit"));
    }

    @Test
    void differentDataKeyGivesADifferentHash() {
        assertThat(CallerCodes.hash(DataKey.generate(), "blue rabbit"))
                .isNotEqualTo(CallerCodes.hash(key, "blue rabbit"));
    }

    @Test
    void sameKeyBytesGiveTheSameHash() {
        assertThat(CallerCodes.hash(DataKey.of(key.bytes()), "blue rabbit"))
                .isEqualTo(CallerCodes.hash(key, "blue rabbit"));
    }
}
