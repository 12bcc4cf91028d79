package org.helplinelogbook.domain;

import java.util.Optional;

/**
 * The key slots of a shared logbook (the same JSON as {@code keyslots.json}) in one row, replaced only with the
 * version that was read, so two desks changing accounts at once cannot silently undo each other.
 */
public interface KeySlotRepository {

    record Stored(byte[] json, int version) {}

    Optional<Stored> load();

    /**
     * Stores {@code json} if the stored version is still {@code expectedVersion} (0: there is none yet).
     *
     * @return the new version, or empty when another desk changed the slots first
     */
    Optional<Integer> replace(byte[] json, int expectedVersion);
}
