package org.helplinelogbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallerCodesTest {

    private final DataKey key = DataKey.generate();

    @Test
    void sameCodewordWithDifferentCaseAndSpacingGivesTheSameHash() {
        String hash = CallerCodes.keyedHash(key, "Blue Rabbit 7");

        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(CallerCodes.keyedHash(key, "  blue   RABBIT\t7 ")).isEqualTo(hash);
        assertThat(CallerCodes.keyedHash(key, "ＢＬＵＥ rabbit ７")).isEqualTo(hash); // full-width forms, NFKC
        assertThat(CallerCodes.keyedHash(key, "blue\u00A0rabbit 7")).isEqualTo(hash);
    }

    @Test
    void differentCodewordsGiveDifferentHashes() {
        assertThat(CallerCodes.keyedHash(key, "blue rabbit")).isNotEqualTo(CallerCodes.keyedHash(key, "bluerabbit"));
    }

    @Test
    void differentDataKeyGivesADifferentHash() {
        assertThat(CallerCodes.keyedHash(DataKey.generate(), "blue rabbit"))
                .isNotEqualTo(CallerCodes.keyedHash(key, "blue rabbit"));
    }

    @Test
    void sameKeyBytesGiveTheSameHash() {
        assertThat(CallerCodes.keyedHash(DataKey.of(key.bytes()), "blue rabbit"))
                .isEqualTo(CallerCodes.keyedHash(key, "blue rabbit"));
    }

    @Test
    void theSlowHashIsTakenOverTheKeyedHashSoOldValuesUpgradeWithoutTheCodeword() {
        CodewordHashing hashing = CodewordHashing.parse("v1;m=64;t=1;p=1;salt=000102030405060708090a0b0c0d0e0f");
        String keyed = CallerCodes.keyedHash(key, "blue rabbit");
        String slow = CallerCodes.hash(key, hashing, "Blue  Rabbit");
        assertThat(CallerCodes.slowHash(keyed, hashing)).isEqualTo(slow);
        assertThat(slow).startsWith("s").hasSize(63).doesNotContain(keyed);
        assertThat(CallerCodes.isLegacy(keyed)).isTrue();
        assertThat(CallerCodes.isLegacy(slow)).isFalse();
        CodewordHashing otherSalt = CodewordHashing.parse("v1;m=64;t=1;p=1;salt=ff0102030405060708090a0b0c0d0e0f");
        assertThat(CallerCodes.slowHash(keyed, otherSalt)).isNotEqualTo(slow);
    }
}
