package org.helplinelogbook.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final DataKey dek = DataKey.generate();
    private final byte[] key = AuditChain.key(dek);
    private final Instant at = Instant.parse("2025-03-01T10:15:30.123456Z");

    @Test
    void macIsDeterministicHex() {
        String mac = AuditChain.mac(key, "", 1, at, 7L, "create", "r-1", "topic,outcome", "phone:1");

        assertThat(mac).matches("[0-9a-f]{64}");
        assertThat(AuditChain.mac(key, "", 1, at, 7L, "create", "r-1", "topic,outcome", "phone:1")).isEqualTo(mac);
    }

    @Test
    void everyFieldChangesTheMac() {
        Set<String> macs = new HashSet<>();
        macs.add(AuditChain.mac(key, "", 1, at, 7L, "create", "r-1", "a", "b"));
        macs.add(AuditChain.mac(key, "x", 1, at, 7L, "create", "r-1", "a", "b"));
        macs.add(AuditChain.mac(key, "", 2, at, 7L, "create", "r-1", "a", "b"));
        macs.add(AuditChain.mac(key, "", 1, at.plusMillis(1), 7L, "create", "r-1", "a", "b"));
        macs.add(AuditChain.mac(key, "", 1, at, 8L, "create", "r-1", "a", "b"));
        macs.add(AuditChain.mac(key, "", 1, at, null, "create", "r-1", "a", "b"));
        macs.add(AuditChain.mac(key, "", 1, at, 7L, "edit", "r-1", "a", "b"));
        macs.add(AuditChain.mac(key, "", 1, at, 7L, "create", "r-2", "a", "b"));
        macs.add(AuditChain.mac(key, "", 1, at, 7L, "create", "r-1", "c", "b"));
        macs.add(AuditChain.mac(key, "", 1, at, 7L, "create", "r-1", "a", "c"));
        macs.add(AuditChain.mac(AuditChain.key(DataKey.generate()), "", 1, at, 7L, "create", "r-1", "a", "b"));

        assertThat(macs).hasSize(11);
    }

    @Test
    void nullDiffersFromEmptyAndFieldBoundariesAreUnambiguous() {
        assertThat(AuditChain.mac(key, "", 1, at, 7L, "view", null, "", "x"))
                .isNotEqualTo(AuditChain.mac(key, "", 1, at, 7L, "view", "", "", "x"))
                .isNotEqualTo(AuditChain.mac(key, "", 1, at, 7L, "view", "", null, "x"));
        assertThat(AuditChain.mac(key, "", 1, at, 7L, "view", "ab", "c", null))
                .isNotEqualTo(AuditChain.mac(key, "", 1, at, 7L, "view", "a", "bc", null));
    }

    @Test
    void timeIsTakenAtDatabasePrecision() {
        Instant withNanos = at.plusNanos(789);
        assertThat(AuditChain.mac(key, "", 1, withNanos, 7L, "view", null, null, null))
                .isEqualTo(AuditChain.mac(key, "", 1, at, 7L, "view", null, null, null));
    }

    @Test
    void keyIsStableForTheSameDataKey() {
        assertThat(AuditChain.key(DataKey.of(dek.bytes()))).isEqualTo(key).hasSize(32);
    }
}
