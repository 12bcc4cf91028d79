package org.helplinelogbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Argon2ParamsTest {

    @Test
    void defaultMeetsTheProductionFloor() {
        assertThat(Argon2Params.DEFAULT.memoryKiB()).isGreaterThanOrEqualTo(65536);
        assertThat(Argon2Params.DEFAULT.iterations()).isGreaterThanOrEqualTo(3);
        assertThat(Argon2Params.DEFAULT.parallelism()).isGreaterThanOrEqualTo(4);
        assertThat(Argon2Params.DEFAULT.meetsProductionFloor()).isTrue();
    }

    @Test
    void newSlotsUseDefaultWhenTheFastPropertyIsAbsent() {
        String before = System.getProperty(Argon2Params.FAST_PROPERTY);
        System.clearProperty(Argon2Params.FAST_PROPERTY);
        try {
            assertThat(Argon2Params.forNewSlots()).isEqualTo(Argon2Params.DEFAULT);
        } finally {
            if (before != null) {
                System.setProperty(Argon2Params.FAST_PROPERTY, before);
            }
        }
    }

    @Test
    void newSlotsUseFastParametersOnlyWhenTheTestSuiteAsks() {
        String before = System.getProperty(Argon2Params.FAST_PROPERTY);
        try {
            System.setProperty(Argon2Params.FAST_PROPERTY, "true");
            assertThat(Argon2Params.forNewSlots()).isEqualTo(new Argon2Params(8192, 1, 1));
            System.setProperty(Argon2Params.FAST_PROPERTY, "yes");
            assertThat(Argon2Params.forNewSlots()).isEqualTo(Argon2Params.DEFAULT);
        } finally {
            if (before == null) {
                System.clearProperty(Argon2Params.FAST_PROPERTY);
            } else {
                System.setProperty(Argon2Params.FAST_PROPERTY, before);
            }
        }
    }

    @Test
    void refusesParametersArgon2CannotUseOrThatWouldExhaustMemory() {
        assertThatThrownBy(() -> new Argon2Params(31, 3, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Params(65536, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Params(65536, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Params(4 << 20, 3, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
