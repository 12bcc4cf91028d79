package org.helplinelogbook.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A contact as stored: notes are sealed (AES-GCM under the month's note key) and the caller codeword is only a
 * keyed hash. {@code startedAt} is UTC; {@code localStart} is the same moment on the logbook's wall clock.
 */
public record ContactRow(
        UUID id,
        Instant startedAt,
        LocalDateTime localStart,
        int durationSeconds,
        String channel,
        String callerType,
        boolean data,
        String source,
        List<String> topics,
        List<String> outcomes,
        String notesKeyId,
        byte[] notesSealed,
        boolean notesHold,
        String callerCodeHash,
        long createdBy,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public ContactRow {
        topics = List.copyOf(topics);
        outcomes = List.copyOf(outcomes);
    }

    public ContactRow withVersion(int newVersion, Instant newUpdatedAt) {
        return new ContactRow(id, startedAt, localStart, durationSeconds, channel, callerType, data, source, topics,
                outcomes, notesKeyId, notesSealed, notesHold, callerCodeHash, createdBy, createdAt, newUpdatedAt,
                newVersion);
    }
}
